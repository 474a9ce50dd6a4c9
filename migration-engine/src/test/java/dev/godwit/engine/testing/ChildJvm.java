package dev.godwit.engine.testing;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command for a second JVM that a test needs as another process (a lock held elsewhere, a run killed part-way): this JVM's java
 * and class path, and its -XX: flags, which are the test JVMs' ({@code test.jvm.args}: C1 alone and the serial GC, half the CPU of
 * a short-lived JVM). Started with the JVM's defaults, each of these children cost about twice the CPU it needs to hold a lock.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java <this JVM's -XX: flags> -cp <this class path> <jvmOptions> main args}. */
    public static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) if (a.startsWith("-XX:")) command.add(a);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** As {@link #command(List, Class, String...)}, without JVM options of its own. */
    public static List<String> command(Class<?> main, String... args) {
        return command(List.of(), main, args);
    }
}
