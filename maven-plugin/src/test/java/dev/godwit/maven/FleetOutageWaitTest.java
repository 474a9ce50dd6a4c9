package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.GodwitException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** -Ddb.fleet.outageWait: how long a fleet run waits an outage of D1 out; unset, the runner's own default; refused below a second. */
class FleetOutageWaitTest {

    @Test
    void unsetLeavesTheDefaultAndAWaitIsSeconds() {
        ApplyMojo apply = new ApplyMojo(null);
        assertNull(apply.fleetOutageWait());
        apply.fleetOutageWaitSeconds = 1800;
        assertEquals(Duration.ofMinutes(30), apply.fleetOutageWait());
        apply.fleetOutageWaitSeconds = 0;
        GodwitException e = assertThrows(GodwitException.class, apply::fleetOutageWait);
        assertEquals("-Ddb.fleet.outageWait=0 is no wait: give the seconds an outage of D1 is waited out before the run stops (at least 1;"
                + " unset, the rate limit's window and a minute more).", e.getMessage());
    }

    /** What mvn db:help and -D read. */
    @Test
    void theApplyGoalDeclaresIt() throws Exception {
        String descriptor;
        try (var in = FleetOutageWaitTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int start = descriptor.indexOf("<goal>apply</goal>");
        String mojo = descriptor.substring(start, descriptor.indexOf("</mojo>", start));
        assertEquals(true, mojo.contains("<fleetOutageWaitSeconds implementation=\"java.lang.Integer\">${db.fleet.outageWait}</fleetOutageWaitSeconds>"), mojo);
    }
}
