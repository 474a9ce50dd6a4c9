package dev.godwit.engine.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * With {@code -Dgodwit.test.cpu=DIR}, writes each test class's CPU time to {@code DIR/cpu-<pid>.tsv} (class, CPU ms, wall ms):
 * surefire's reports give wall time only, which on a shared machine moves with the other builds' load, while CPU time barely
 * does. Each test JVM runs one class at a time, so the JVM's CPU over a class is that class's, its background threads
 * included; on Linux it also counts the child processes it has waited for (Chromium and chromedriver, daemons, wrangler).
 * Registered for every class through junit-platform.properties' extension auto-detection; without the property it does
 * nothing.
 */
public final class ClassCpuTimes implements BeforeAllCallback, AfterAllCallback {

    private static final String DIR = System.getProperty("godwit.test.cpu", "");
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ClassCpuTimes.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (DIR.isEmpty() || !topLevel(context)) return;
        context.getStore(NS).put("start", new long[] {cpuMillis(), System.nanoTime()});
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (DIR.isEmpty() || !topLevel(context)) return;
        long[] start = context.getStore(NS).get("start", long[].class);
        if (start == null) return;
        String line = context.getRequiredTestClass().getName() + "\t" + (cpuMillis() - start[0]) + "\t"
                + (System.nanoTime() - start[1]) / 1_000_000 + "\n";
        Path dir = Path.of(DIR);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("cpu-" + ProcessHandle.current().pid() + ".tsv"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A class's own context, not a nested class's (its CPU is in its outer class's). */
    private static boolean topLevel(ExtensionContext context) {
        return context.getParent().flatMap(ExtensionContext::getParent).isEmpty();
    }

    /** This JVM's CPU time and its waited-for children's ({@code /proc/self/stat}'s utime to cstime, in ticks of 10 ms). */
    private static long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command's name: state is field 3, so utime, stime, cutime, cstime (fields 14-17) are f[11..14]
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks * 10;
        } catch (IOException | RuntimeException notLinux) {
            var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : 0;
        }
    }
}
