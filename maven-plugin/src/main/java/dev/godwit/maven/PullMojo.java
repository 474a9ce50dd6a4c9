package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.engine.pull.Puller;
import java.io.File;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Introspects the target database (local with -Dlocal, else D1) into Java schema classes, one per
 * table (or, with -Ddb.pull.format=yaml, one YAML descriptor), plus a baseline migration recorded as applied there. Never overwrites a file without
 * {@code -Ddb.overwrite}.
 */
@Mojo(name = "pull", threadSafe = true)
public class PullMojo extends AbstractGodwitMojo {

    private static final Pattern JAVA_PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    /** Package of the generated classes. Default: the first Java package in db.schema. */
    @Parameter(property = "db.pull.package")
    private String pullPackage;

    /** Source folder the classes are written to. */
    @Parameter(property = "db.pull.sourceDir", defaultValue = "${project.build.sourceDirectory}")
    private File sourceDir;

    /**
     * What the schema is written as: {@code java} (classes, one per table; the default) or {@code yaml} (one descriptor,
     * {@code db.pull.file}), for a project whose schema is YAML.
     */
    @Parameter(property = "db.pull.format", defaultValue = "java")
    private String pullFormat;

    /** The YAML descriptor written with {@code -Ddb.pull.format=yaml}, relative to the project. Default: the first one in db.schema. */
    @Parameter(property = "db.pull.file")
    private String pullFile;

    /** Replace existing source files. */
    @Parameter(property = "db.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Inject
    public PullMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        String format = pullFormat == null || pullFormat.isBlank() ? "java" : pullFormat.strip().toLowerCase(java.util.Locale.ROOT);
        if (format.equals("yaml") || format.equals("yml")) {
            pullYaml();
            return;
        }
        if (!format.equals("java")) {
            throw new MojoExecutionException("db.pull.format \"" + pullFormat.strip() + "\" is not a format db:pull writes: give java (classes, one"
                    + " per table; the default) or yaml (one descriptor, -Ddb.pull.file). Nothing was written.");
        }
        String pkg = targetPackage();
        java.time.Duration lockWait = lockWait();
        try (Database db = openDatabase()) {
            new Puller(db, historyTable(), engineLog()).withLockTimeout(lockWait).withTablesFilter(tablesFilter()).pull(sourceDir.toPath(), pkg, folder(), overwrite);
        }
        getLog().info("Next: set <schema>" + pkg + "</schema> if it is not already, then mvn db:generate should report no schema changes.");
    }

    /** db:pull -Ddb.pull.format=yaml: one descriptor, db.pull.file or the first of db.schema. */
    private void pullYaml() throws MojoExecutionException, MojoFailureException {
        String file = pullFile;
        if ((file == null || file.isBlank()) && schema != null && !schema.isBlank()) {
            file = schemaSources().stream().filter(SchemaLoader::isYaml).findFirst().orElse(null);
        }
        if (file == null || file.isBlank()) {
            throw new MojoExecutionException("db:pull -Ddb.pull.format=yaml needs the descriptor to write: set -Ddb.pull.file=src/main/db/schema.yaml"
                    + " (or name it in <schema>). Nothing was written.");
        }
        file = file.strip();
        if (!SchemaLoader.isYaml(file)) {
            // <schema> reads an entry as a descriptor by its ending: any other name would be taken for a Java package there
            throw new MojoExecutionException("db.pull.file \"" + file + "\" does not end in .yaml or .yml, which is how <schema> tells a descriptor"
                    + " from a Java package: name it schema.yaml, say. Nothing was written.");
        }
        Path target = project.getBasedir().toPath().resolve(file).normalize();
        java.time.Duration lockWait = lockWait();
        try (Database db = openDatabase()) {
            new Puller(db, historyTable(), engineLog()).withLockTimeout(lockWait).withTablesFilter(tablesFilter()).withYamlFile(target)
                    .pull(null, null, folder(), overwrite);
        }
        getLog().info("Next: set <schema>" + file + "</schema> if it is not already, then mvn db:generate should report no schema changes.");
    }

    private String targetPackage() throws MojoExecutionException {
        String pkg = pullPackage;
        if (pkg == null || pkg.isBlank()) {
            if (schema != null) {
                pkg = schemaSources().stream().filter(s -> !SchemaLoader.isYaml(s)).findFirst().orElse(null);
            }
        }
        if ((pkg == null || pkg.isBlank()) && schema != null && !schema.isBlank()) {
            // a YAML descriptor only: the classes are no YAML, and beside it they would declare its tables a second time
            String yaml = String.join(", ", schemaSources());
            throw new MojoExecutionException("db:pull writes Java classes, one per table, unless told -Ddb.pull.format=yaml, and <schema> /"
                    + " -Ddb.schema names no Java package (" + yaml + "). For YAML, run mvn db:pull -Ddb.pull.format=yaml (it writes "
                    + schemaSources().get(0) + ", or -Ddb.pull.file). For classes, give their package with -Ddb.pull.package=com.acme.schema;"
                    + " to use them, name that package in <schema> in place of " + yaml + " (a table declared in both is refused).");
        }
        if (pkg == null || pkg.isBlank()) {
            throw new MojoExecutionException("db:pull needs a package for the classes: set -Ddb.pull.package=com.acme.schema (or <schema>com.acme.schema</schema>).");
        }
        pkg = pkg.strip();
        if (!JAVA_PACKAGE.matcher(pkg).matches()) throw new MojoExecutionException("db.pull.package \"" + pkg + "\" is not a Java package name.");
        // com.acme.default matches the pattern, and the pulled classes would not compile after the baseline was recorded
        for (String segment : pkg.split("\\.")) {
            if (javax.lang.model.SourceVersion.isKeyword(segment)) {
                throw new MojoExecutionException("db.pull.package \"" + pkg + "\" is not a Java package name: \"" + segment + "\" is a Java keyword,"
                        + " which javac refuses there. Nothing was written.");
            }
        }
        return pkg;
    }
}
