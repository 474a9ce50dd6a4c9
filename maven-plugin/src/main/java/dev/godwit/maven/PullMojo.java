package dev.godwit.maven;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.pull.Puller;
import java.io.File;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Introspects the target database (local with -Dlocal, else D1) into Java schema classes, one per
 * table, plus a baseline migration recorded as applied there. Never overwrites a file without
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

    /** Replace existing source files. */
    @Parameter(property = "db.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Inject
    public PullMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        String pkg = targetPackage();
        java.time.Duration lockWait = lockWait();
        try (Database db = openDatabase()) {
            new Puller(db, historyTable(), engineLog()).withLockTimeout(lockWait).withTablesFilter(tablesFilter()).pull(sourceDir.toPath(), pkg, folder(), overwrite);
        }
        getLog().info("Next: set <schema>" + pkg + "</schema> if it is not already, then mvn db:generate should report no schema changes.");
    }

    private String targetPackage() throws MojoExecutionException {
        String pkg = pullPackage;
        if (pkg == null || pkg.isBlank()) {
            if (schema != null) {
                pkg = schemaSources().stream().filter(s -> !s.endsWith(".yaml") && !s.endsWith(".yml")).findFirst().orElse(null);
            }
        }
        if ((pkg == null || pkg.isBlank()) && schema != null && !schema.isBlank()) {
            // a YAML descriptor only: the classes are no YAML, and beside it they would declare its tables a second time
            String yaml = String.join(", ", schemaSources());
            throw new MojoExecutionException("db:pull writes Java classes, one per table, and no YAML, and <schema> / -Ddb.schema names no Java"
                    + " package (" + yaml + "). Give their package with -Ddb.pull.package=com.acme.schema; to use them, name that package in"
                    + " <schema> in place of " + yaml + " (a table declared in both is refused).");
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
