package dev.godwit.engine.load;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import dev.godwit.engine.Background;
import dev.godwit.schema.model.SchemaDef;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Loads the schema on a second thread while the caller reads the migrations folder, replays
 * migrations or opens SQLite: in a fresh JVM each side takes a good part of a second for 500
 * tables. {@link #get} throws what loading threw ({@link SchemaLoader#load}), unchanged.
 */
public final class SchemaInBackground extends Background<SchemaDef> {

    private SchemaInBackground(Callable<SchemaDef> load, ClassLoader contextLoader) {
        super("godwit-schema-loader", load, contextLoader);
    }

    private SchemaInBackground(SchemaDef loaded) {
        super(loaded);
    }

    /** A schema loaded before (see {@link LoadedSchemas}): nothing to wait for. */
    public static SchemaInBackground loaded(SchemaDef schema) {
        return new SchemaInBackground(schema);
    }

    /** Starts {@code load} with {@code contextLoader} as the thread's context class loader (schema code may look it up). */
    public static SchemaInBackground start(Callable<SchemaDef> load, ClassLoader contextLoader) {
        SchemaInBackground s = new SchemaInBackground(load, contextLoader);
        s.started();
        return s;
    }

    /**
     * Starts loading the schema from {@code sources} ({@link SchemaLoader#load}) with the project's {@code classPath} in a
     * {@link SchemaClassLoader} under {@code parent}, closed once it is read; a schema kept from inputs with this
     * {@code fingerprint} ({@link LoadedSchemas}; null: none) is taken as it is unless {@code recheck}.
     */
    public static SchemaInBackground load(List<String> sources, Path baseDir, List<URL> classPath, ClassLoader parent, boolean defineAhead,
            String fingerprint, boolean recheck) {
        if (fingerprint != null && !recheck) {
            var kept = LoadedSchemas.get(fingerprint);
            if (kept.isPresent()) return loaded(kept.get());
        }
        SchemaClassLoader loader = new SchemaClassLoader(classPath.toArray(URL[]::new), parent);
        return start(() -> {
            try (loader) {
                SchemaDef schema = SchemaLoader.load(sources, baseDir, loader, defineAhead);
                if (fingerprint != null) LoadedSchemas.put(fingerprint, schema);
                return schema;
            }
        }, loader);
    }

    /** An already loaded schema, for callers that have one. */
    public static Supplier<SchemaDef> of(SchemaDef schema) {
        return () -> schema;
    }
}
