package dev.godwit.engine.load;

import dev.godwit.schema.model.SchemaDef;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The schema last loaded in this JVM, with the fingerprint of everything it was loaded from. In a
 * JVM that outlives a build (the Maven daemon, mvnd) the next build over the same classes and
 * class path, or the same YAML files, takes it instead of loading 500 classes again; any changed
 * input is another fingerprint, and loads afresh. The schema model holds only names and SQL text,
 * no object of the schema's classes, so keeping it keeps no class loader alive.
 */
public final class LoadedSchemas {

    private record Entry(String fingerprint, SchemaDef schema) {
    }

    private static final AtomicReference<Entry> LAST = new AtomicReference<>();

    private LoadedSchemas() {
    }

    /** The schema loaded from inputs with exactly this fingerprint, if it is the one kept. */
    public static Optional<SchemaDef> get(String fingerprint) {
        Entry e = LAST.get();
        return e != null && e.fingerprint().equals(fingerprint) ? Optional.of(e.schema()) : Optional.empty();
    }

    /** Keeps {@code schema} (only the last one: a daemon usually builds one project over and over). */
    public static void put(String fingerprint, SchemaDef schema) {
        LAST.set(new Entry(fingerprint, schema));
    }

    /** Forgets what is kept (for tests). */
    static void clear() {
        LAST.set(null);
    }
}
