package dev.godwit.engine.daemon;

import dev.godwit.engine.diff.Prompter;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.load.SchemaInBackground;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Path baseDir = Path.of(r.baseDir());
        MigrationsFolder folder = MigrationsFolder.at(Path.of(r.migrationsDir()));
        folder = r.shownFrom() != null ? folder.shownFrom(Path.of(r.shownFrom())) : folder.shownAbsolute();
        GenerateOptions options = new GenerateOptions(r.name(), r.custom(), r.acceptDataLoss(), r.interactive() ? prompter : null,
                new java.util.LinkedHashSet<>(r.notRenames()), false).withHistory(r.history());
        try (SchemaInBackground schema = SchemaInBackground.load(r.sources(), baseDir, urls(r.classPath()), parent, true, r.fingerprint(), r.recheck())) {
            var result = new Generator().generate(schema, folder, options);
            return GenerateReport.of(result, schema.millis());
        }
    }

    private static List<URL> urls(List<String> classPath) {
        List<URL> urls = new ArrayList<>();
        for (String e : classPath) {
            try {
                urls.add(new File(e).toURI().toURL());
            } catch (MalformedURLException bad) {
                throw new IllegalArgumentException("not a class path element: " + e, bad);
            }
        }
        return urls;
    }
}
