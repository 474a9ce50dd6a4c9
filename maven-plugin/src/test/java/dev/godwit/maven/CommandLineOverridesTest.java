package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommandLineOverridesTest {

    @Test
    void propertyOfAnExpression() {
        assertEquals("db.schema", CommandLineOverrides.property("${db.schema}"));
        assertEquals("local", CommandLineOverrides.property("${local}"));
        assertNull(CommandLineOverrides.property("${project.basedir}/drizzle${x}"));
        assertNull(CommandLineOverrides.property("plain"));
        assertNull(CommandLineOverrides.property(null));
    }

    static org.apache.maven.plugin.MojoExecution execution(String goal, String... properties) throws Exception {
        org.apache.maven.plugin.descriptor.MojoDescriptor d = new org.apache.maven.plugin.descriptor.MojoDescriptor();
        d.setGoal(goal);
        for (String p : properties) {
            org.apache.maven.plugin.descriptor.Parameter parameter = new org.apache.maven.plugin.descriptor.Parameter();
            parameter.setName(p.replace("db.", "").replace(".", ""));
            parameter.setExpression("${" + p + "}");
            d.addParameter(parameter);
        }
        return new org.apache.maven.plugin.MojoExecution(d);
    }

    /** -Ddb.dryRun on a goal that has no dry run would change things anyway: refused before anything runs. */
    @Test
    void aDryRunIsRefusedByAGoalThatHasNone() throws Exception {
        java.util.Properties dry = new java.util.Properties();
        dry.setProperty("db.dryRun", "true");
        org.apache.maven.plugin.MojoExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoExecutionException.class,
                () -> CommandLineOverrides.refuseADryRunTheGoalHasNot(execution("push", "db.local"), dry));
        org.junit.jupiter.api.Assertions.assertEquals("-Ddb.dryRun: db:push has no dry run, so it would change things anyway. Nothing was changed. See"
                + " what is pending with mvn db:status (or db:apply -Ddb.dryRun), or run db:push without -Ddb.dryRun.", e.getMessage());
        CommandLineOverrides.refuseADryRunTheGoalHasNot(execution("apply", "db.dryRun"), dry);
        CommandLineOverrides.refuseADryRunTheGoalHasNot(execution("verify"), dry);
        dry.setProperty("db.dryRun", "false");
        CommandLineOverrides.refuseADryRunTheGoalHasNot(execution("push"), dry);
    }

    /** -Ddb.upTo on db:push would pass as db:apply's setting while the push went all the way to the code's schema: refused. */
    @Test
    void upToIsRefusedByAGoalThatAppliesNoMigrations() throws Exception {
        java.util.Properties upTo = new java.util.Properties();
        upTo.setProperty("db.upTo", "0003");
        org.apache.maven.plugin.MojoExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoExecutionException.class,
                () -> CommandLineOverrides.refuseUpToWhereNoMigrationRuns(execution("push"), upTo));
        org.junit.jupiter.api.Assertions.assertEquals("-Ddb.upTo=0003: db:push makes the database match the schema in the code, all of it, without"
                + " migrations. It stops db:apply (and db:status) at a migration; run mvn db:apply -Ddb.upTo=0003 to bring the database to it, or"
                + " db:push without -Ddb.upTo. Nothing was changed.", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoExecutionException.class,
                () -> CommandLineOverrides.refuseUpToWhereNoMigrationRuns(execution("baseline"), upTo));
        CommandLineOverrides.refuseUpToWhereNoMigrationRuns(execution("apply", "db.upTo"), upTo);
        CommandLineOverrides.refuseUpToWhereNoMigrationRuns(execution("status", "db.upTo"), upTo);
        CommandLineOverrides.refuseUpToWhereNoMigrationRuns(execution("generate"), upTo);   // mvn db:generate db:apply -Ddb.upTo=...
        CommandLineOverrides.refuseUpToWhereNoMigrationRuns(execution("push"), new java.util.Properties());
        // the db:apply it prints works on the database this command picked: without -Dlocal it went to the POM's target (D1 by default)
        java.util.Properties local = new java.util.Properties();
        local.setProperty("db.upTo", "4");
        local.setProperty("local", "");
        local.setProperty("db.local.path", "dev.sqlite");
        local.setProperty("db.out", "db/migrations");
        org.apache.maven.plugin.MojoExecutionException onLocal = org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoExecutionException.class,
                () -> CommandLineOverrides.refuseUpToWhereNoMigrationRuns(execution("push"), local));
        org.junit.jupiter.api.Assertions.assertTrue(onLocal.getMessage().contains("; run mvn db:apply -Dlocal -Ddb.local.path=dev.sqlite -Ddb.out=db/migrations"
                + " -Ddb.upTo=4 to bring the database to it"), onLocal.getMessage());
    }

    /** Two goals of one plugin, each with its settings, as Maven's descriptor holds them. */
    static org.apache.maven.plugin.MojoExecution applyOfAPlugin() throws Exception {
        org.apache.maven.plugin.descriptor.PluginDescriptor plugin = new org.apache.maven.plugin.descriptor.PluginDescriptor();
        org.apache.maven.plugin.MojoExecution apply = execution("apply", "db.migrationsTable", "db.local.path", "db.dryRun");
        org.apache.maven.plugin.MojoExecution repair = execution("repair", "db.migrationsTable", "db.force");
        for (var e : java.util.List.of(apply, repair)) {
            e.getMojoDescriptor().setPluginDescriptor(plugin);
            plugin.addMojo(e.getMojoDescriptor());
        }
        return apply;
    }

    static final class Warnings extends org.apache.maven.plugin.logging.SystemStreamLog {
        final java.util.List<String> lines = new java.util.ArrayList<>();

        @Override
        public void warn(CharSequence content) {
            lines.add(content.toString());
        }
    }

    /** A -Ddb.* a typo away from a setting was ignored without a word (the history table of the POM used instead): now refused. */
    @Test
    void aMistypedPropertyIsRefusedWithTheSettingItMeant() throws Exception {
        java.util.Properties user = new java.util.Properties();
        user.setProperty("db.migrationTable", "d1_migrations");
        Warnings log = new Warnings();
        org.apache.maven.plugin.MojoExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.apache.maven.plugin.MojoExecutionException.class, () -> CommandLineOverrides.refuseMistypedProperties(applyOfAPlugin(), user, log));
        assertEquals("-Ddb.migrationTable is no setting of Godwit, so it would be ignored: did you mean -Ddb.migrationsTable? Nothing was done."
                + " (mvn db:help -Ddetail lists every goal's settings.)", e.getMessage());
        user.clear();
        user.setProperty("db.localpath", "x.sqlite");
        e = org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoExecutionException.class,
                () -> CommandLineOverrides.refuseMistypedProperties(applyOfAPlugin(), user, log));
        assertEquals("-Ddb.localpath is no setting of Godwit, so it would be ignored: did you mean -Ddb.local.path? Nothing was done."
                + " (mvn db:help -Ddetail lists every goal's settings.)", e.getMessage());
        assertEquals(java.util.List.of(), log.lines);
        user.clear();
        user.setProperty("db.local", "");
        e = org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoExecutionException.class,
                () -> CommandLineOverrides.refuseMistypedProperties(applyOfAPlugin(), user, log));
        assertEquals("-Ddb.local is no setting of Godwit, so it would be ignored: did you mean -Dlocal (the local SQLite file, not D1)? Nothing"
                + " was done.", e.getMessage(), "-Ddb.local would have sent the apply to D1");
    }

    /** -DLocal and -Dlocall went by unread (Maven passes any -D on): the apply went to the remote D1 database without a word. */
    @Test
    void aMistypedLocalIsRefused() throws Exception {
        for (String typed : java.util.List.of("Local", "LOCAL", "locall", "loacl", "lcoal")) {
            java.util.Properties user = new java.util.Properties();
            user.setProperty(typed, "true");
            org.apache.maven.plugin.MojoExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoExecutionException.class,
                    () -> CommandLineOverrides.refuseMistypedProperties(applyOfAPlugin(), user, new Warnings()), typed);
            assertEquals("-D" + typed + " is no setting of Godwit, so it would be ignored and the run would go to Cloudflare D1: did you mean -Dlocal"
                    + " (the local SQLite file)? Nothing was done.", e.getMessage());
        }
        // -Dlocal itself, and a property of another plugin that carries a value (-Dlocale=de), pass
        for (String[] ok : new String[][] {{"local", ""}, {"local", "true"}, {"locale", "de"}, {"vocals", "true"}}) {
            java.util.Properties user = new java.util.Properties();
            user.setProperty(ok[0], ok[1]);
            Warnings log = new Warnings();
            CommandLineOverrides.refuseMistypedProperties(applyOfAPlugin(), user, log);
            assertEquals(java.util.List.of(), log.lines, ok[0]);
        }
    }

    /**
     * A setting of another goal of the plugin passes (mvn db:generate db:apply share one command line), so does the token read
     * by hand; a db.* far from every setting may be the POM's own property: warned about, not refused.
     */
    @Test
    void settingsOfAnyGoalPassAndAFarNameIsWarnedAbout() throws Exception {
        java.util.Properties user = new java.util.Properties();
        user.setProperty("db.force", "");
        user.setProperty("db.d1.token", "secret-token-value");
        user.setProperty("db.tenantRegion", "eu");
        user.setProperty("maven.repo.local", "/tmp/m2");
        Warnings log = new Warnings();
        CommandLineOverrides.refuseMistypedProperties(applyOfAPlugin(), user, log);
        assertEquals(java.util.List.of("-Ddb.tenantRegion is no setting of Godwit: ignored (mvn db:help -Ddetail lists every goal's settings)."), log.lines);
    }
}
