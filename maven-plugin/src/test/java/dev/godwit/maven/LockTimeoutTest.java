package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * -Ddb.lockTimeout: declared once, for every goal that writes the migrations folder (each of the six declared and read its own
 * copy), and refused when negative with the one message, whichever goal it is given to.
 */
class LockTimeoutTest {

    private static List<AbstractGodwitMojo> writers() {
        return List.of(new GenerateMojo(null, null, null), new PullMojo(null), new DropMojo(null), new RepairMojo(null), new RebaseMojo(null),
                new UpMojo(null));
    }

    @Test
    void everyGoalWritingTheFolderWaitsSixtySecondsUnlessToldAndRefusesANegativeWait() {
        for (AbstractGodwitMojo goal : writers()) {
            try {
                assertEquals(Duration.ofSeconds(60), goal.lockWait(), goal.getClass().getSimpleName());
                goal.lockTimeout = 0;
                assertEquals(Duration.ZERO, goal.lockWait());
            } catch (MojoExecutionException e) {
                throw new AssertionError(e);
            }
            goal.lockTimeout = -5;
            MojoExecutionException e = assertThrows(MojoExecutionException.class, goal::lockWait);
            assertEquals("-Ddb.lockTimeout=-5 is not a wait: give the seconds to wait for another goal's lock on the migrations folder (60 by"
                    + " default; 0 fails at once).", e.getMessage());
        }
    }

    /** The goals' descriptor (what mvn db:help and -D read): each of the six takes db.lockTimeout, 60 by default. */
    @Test
    void theSixGoalsDeclareIt() throws Exception {
        String descriptor;
        try (var in = LockTimeoutTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String goal : List.of("generate", "pull", "drop", "repair", "rebase", "up")) {
            int start = descriptor.indexOf("<goal>" + goal + "</goal>");
            int end = descriptor.indexOf("</mojo>", start);
            String mojo = descriptor.substring(start, end);
            assertEquals(true, mojo.contains("<lockTimeout implementation=\"long\" default-value=\"60\">${db.lockTimeout}</lockTimeout>"), goal);
        }
    }
}
