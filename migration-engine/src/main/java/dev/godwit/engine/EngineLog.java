package dev.godwit.engine;

/** Where the engine reports progress. The Maven plugin adapts its own log; tests collect lines. */
public interface EngineLog {

    void info(String message);

    void warn(String message);

    EngineLog SILENT = new EngineLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
