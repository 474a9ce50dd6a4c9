package dev.godwit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One style for a duration wherever Godwit says one: a D1 outage's wait said "waited out for up to 6 min" (D1Retry.span) while the
 * progress line beside it said "up to 6 min 0 s" and the summary "90.0 s" for the notice's "90 s" (FleetText.human).
 */
class DurationsTest {

    @Test
    void aDurationIsSaidOneWay() {
        List<String> said = List.of(250L, 1_000L, 1_600L, 44_240L, 49_000L, 90_000L, 119_999L, 120_000L, 360_000L, 380_000L, 5_400_000L,
                7_200_000L, 7_500_000L).stream().map(Durations::shown).toList();
        assertEquals(List.of("250 ms", "1 s", "1.6 s", "44.2 s", "49 s", "90 s", "2 min", "2 min", "6 min", "6 min 20 s", "90 min", "2 h",
                "2 h 5 min"), said);
        assertEquals("6 min", Durations.shown(Duration.ofMinutes(6)));
    }
}
