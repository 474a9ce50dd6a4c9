package dev.godwit.engine.d1;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands an Invoker project's D1 stand-in from its setup script to its verify script. Both scripts see this class through
 * one class loader (the plugin's test class path), so a static map reaches from one to the other. Maven's system
 * properties did the same until a build with {@code -T 2}: surefire or Invoker in another module, running in the same
 * Maven JVM at the same time, put back the system properties they had found and so dropped the stand-in.
 */
public final class ItHandover {

    private static final Map<String, Object> HANDED = new ConcurrentHashMap<>();

    private ItHandover() {
    }

    public static void give(String key, Object standIn) {
        HANDED.put(key, standIn);
    }

    /** The stand-in given under {@code key}, removed; fails when setup gave none (it failed, or another run took it). */
    public static Object take(String key) {
        Object standIn = HANDED.remove(key);
        if (standIn == null) {
            throw new IllegalStateException("No stand-in was handed over as " + key + ": did the IT's setup.groovy run and give one?");
        }
        return standIn;
    }
}
