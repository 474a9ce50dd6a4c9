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
}
