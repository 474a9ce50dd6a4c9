package dev.godwit.engine.testing;

import dev.godwit.engine.EngineLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An engine log that keeps every line ("INFO …", "WARN …") for tests to assert on. */
public final class RecordingLog implements EngineLog {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    /** The lines so far, live: "INFO " or "WARN " followed by the message. */
    public List<String> lines() {
        return lines;
    }

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }
}
