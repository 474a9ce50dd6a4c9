package dev.godwit.engine.daemon;

import dev.godwit.engine.diff.Prompter;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.load.SchemaInBackground;

/**
 * The one {@code db:generate} path: the schema loaded from the request's sources on a second thread (a schema kept from the
 * same inputs is taken as it is, see {@link LoadedSchemas}) while {@link Generator} checks the folder, then the migration
 * written. Runs in Godwit's daemon and, when there is none, in the build's own JVM.
 */
public final class GenerateJob {

    private GenerateJob() {
    }

    /**
     * @param prompter asks the user (at the build's terminal); used only when the request is interactive
     * @param parent   the class loader the schema's classes see Godwit's through
     */
    public static GenerateReport run(GenerateRequest r, Prompter prompter, ClassLoader parent) {
        return run(r, prompter, parent, null, message -> { });
    }

    /**
     * As {@link #run(GenerateRequest, Prompter, ClassLoader)}, telling {@code say} (the build's log) while it waits for another
     * goal's lock on the folder.
     */
    public static GenerateReport run(GenerateRequest r, Prompter prompter, ClassLoader parent, java.util.function.Consumer<String> say) {
        return run(r, prompter, parent, null, say);
    }

    /** As {@link #run(GenerateRequest, Prompter, ClassLoader, java.util.function.Consumer)}, with {@code beforeWrite} run right before the migration is written. */
    static GenerateReport run(GenerateRequest r, Prompter prompter, ClassLoader parent, Runnable beforeWrite, java.util.function.Consumer<String> say) {
        ProjectInputs p = r.project();
        GenerateOptions options = new GenerateOptions(r.name(), r.custom(), r.acceptDataLoss(), r.interactive() ? prompter : null,
                new java.util.LinkedHashSet<>(r.notRenames()), false).withHistory(p.history());
        try (SchemaInBackground schema = p.loadSchema(parent, true)) {
            var result = new Generator().lockWait(java.time.Duration.ofSeconds(r.lockTimeoutSeconds()), say).generate(schema, p.folder(), options, beforeWrite);
            return GenerateReport.of(result, schema.millis());
        }
    }
}
