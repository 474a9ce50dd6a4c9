package dev.godwit.engine;

import java.time.Duration;

/**
 * A duration as Godwit's messages say it, in one style wherever it is said (a fleet's progress line, its summary, a D1 outage's
 * wait, the stop after it): "250 ms", "1.6 s", "90 s", "6 min", "6 min 20 s", "2 h 5 min". The same wait read "90 s" in one line
 * and "90.0 s" or "6 min 0 s" in the next, written by two functions.
 */
public final class Durations {

    private Durations() {
    }

    public static String shown(Duration d) {
        return shown(d.toMillis());
    }

    /** Under a second in ms; under 2 minutes in seconds, a tenth shown where there is one; then minutes and seconds; then hours and minutes. */
    public static String shown(long millis) {
        if (millis < 1000) return millis + " ms";
        long tenths = Math.round(millis / 100.0);
        if (tenths < 1200) return tenths / 10 + (tenths % 10 == 0 ? "" : "." + tenths % 10) + " s";
        long s = Math.round(millis / 1000.0);
        if (s < 7200) return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }
}
