package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which goals of a run read a database (so -Dlocal is theirs, and db:generate beside them says nothing of it) was a list of goal
 * names kept by hand beside each goal's own declaration: a goal added to the plugin without adding it there was taken as reading
 * a database. It is read from the plugin's descriptor (each goal's class) now; a goal added as below is classified by its class.
 */
class DatabaseGoalsTest {

    @TempDir
    Path dir;

    /** A goal added later that works on no database, declared as db:rebase declares it. */
    @WorksOnNoDatabase("it lints the migrations folder")
    static class LintMojo extends AbstractGodwitMojo {
        LintMojo() {
            super(null);
        }

        @Override
        protected void run() throws MojoExecutionException {
        }
    }

    /** A goal added later that reads a database, declaring nothing (as db:apply). */
    static class SeedMojo extends AbstractGodwitMojo {
        SeedMojo() {
            super(null);
        }

        @Override
        protected void run() throws MojoExecutionException {
        }
    }

    /** db:generate's execution as Maven hands it over, its plugin's descriptor listing the plugin's goals and the two added ones. */
    private GenerateMojo generate(List<String> goals, String... commandLine) {
        PluginDescriptor plugin = FleetBatchOnOneDatabaseTest.goal("generate").getPluginDescriptor();
        for (var added : List.of(LintMojo.class, SeedMojo.class)) {
            MojoDescriptor d = new MojoDescriptor();
            d.setGoal(added == LintMojo.class ? "lint" : "seed");
            d.setImplementation(added.getName());
            d.setPluginDescriptor(plugin);
            try {
                plugin.addMojo(d);
            } catch (org.apache.maven.plugin.descriptor.DuplicateMojoDescriptorException e) {
                throw new IllegalStateException(e);
            }
        }
        GenerateMojo generate = new GenerateMojo(null, null, null);
        generate.project = new org.apache.maven.project.MavenProject();
        generate.project.setFile(dir.resolve("pom.xml").toFile());
        generate.session = OneDatabaseGoalsTest.commandLine(commandLine);
        generate.session.getRequest().setGoals(goals);
        generate.mojoExecution = new org.apache.maven.plugin.MojoExecution(plugin.getMojo("generate"));
        return generate;
    }

    @Test
    void aGoalAddedLaterIsClassifiedByItsOwnClass() {
        assertEquals("-Dlocal has no effect on db:generate: db:generate works on no database (it writes the next migration from the schema"
                + " and the folder, the same for the local file and Cloudflare D1). Ignored.",
                generate(List.of("db:generate", "db:lint"), "local", "").localFlagIgnored(), "db:lint reads no database: -Dlocal is nobody's");
        assertNull(generate(List.of("db:generate", "db:seed"), "local", "").localFlagIgnored(), "db:seed reads one: -Dlocal is its");
        assertNull(generate(List.of("db:generate", "dev.godwit:godwit-maven-plugin:seed"), "local", "").localFlagIgnored());
        assertEquals("-Dlocal has no effect on db:generate: db:generate works on no database (it writes the next migration from the schema"
                + " and the folder, the same for the local file and Cloudflare D1). Ignored.",
                generate(List.of("db:generate", "db:help", "db:stop-daemon", "db:rebase", "db:up", "db:verify"), "local", "").localFlagIgnored(),
                "the plugin's own goals that read none, db:help and db:stop-daemon among them");
        assertNull(generate(List.of("db:generate", "db:verify"), "local", "", "db.drift", "").localFlagIgnored(), "db:verify -Ddb.drift reads one");
    }
}
