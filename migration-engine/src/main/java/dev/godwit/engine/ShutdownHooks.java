package dev.godwit.engine;

/**
 * Where a long step registers what it says when the JVM is stopped under it (Ctrl-C, a CI job's timeout: SIGINT, SIGTERM): the
 * JVM's shutdown hooks, or a test's list. A step adds its hook when it starts and removes it when it ends, so a long-lived JVM
 * (an application applying at startup, mvnd) keeps none.
 */
public interface ShutdownHooks {
    void add(Thread hook);

    void remove(Thread hook);

    ShutdownHooks JVM = new ShutdownHooks() {
        public void add(Thread hook) {
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping already (a step started from another hook): no notice, the step goes on
            }
        }

        public void remove(Thread hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping: the hook runs, or has run
            }
        }
    };
}
