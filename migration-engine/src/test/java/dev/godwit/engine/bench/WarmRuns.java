package dev.godwit.engine.bench;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.load.SchemaInBackground;
import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.engine.verify.Verifier;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a goal costs in a JVM that stays up between builds (the Maven daemon, mvnd): db:generate
 * and db:verify with no changes, run again and again in one JVM the way the plugin runs them (a new
 * class loader over the project's classes each time, the schema loaded on its own thread), timing
 * each run and checking that no loader or thread is left behind. usage: WarmRuns PROJECT_DIR SCHEMA RUNS
 */
public final class WarmRuns {

    private WarmRuns() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String schema = args[1];
        int runs = Integer.parseInt(args[2]);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        long[] generate = new long[runs];
        long[] verify = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            GenerateResult r;
            try (SchemaInBackground s = load(dir, schema, loaders)) {
                r = new Generator().generate(s, folder, GenerateOptions.batch().withName("none"));
            }
            generate[i] = System.nanoTime() - t0;
            if (r.written()) throw new IllegalStateException("the schema and the folder differ: run db:generate on " + dir + " first");
            long t1 = System.nanoTime();
            try (SchemaInBackground s = load(dir, schema, loaders)) {
                var findings = Verifier.check(s, folder).findings();
                if (!findings.isEmpty()) throw new IllegalStateException("db:verify finds problems: " + findings);
            }
            verify[i] = System.nanoTime() - t1;
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long alive = loaders.stream().filter(w -> w.get() != null).count();
        long threads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("godwit")).count();
        System.out.printf("first run: generate %d ms, verify %d ms%n", generate[0] / 1_000_000, verify[0] / 1_000_000);
        System.out.printf("warm (median of runs %d-%d): generate %d ms, verify %d ms%n", runs / 2 + 1, runs, median(generate, runs / 2),
                median(verify, runs / 2));
        System.out.printf("class loaders still reachable after GC: %d of %d; godwit threads alive: %d%n", alive, loaders.size(), threads);
        if (alive > 1 || threads > 0) System.exit(1);
    }

    private static SchemaInBackground load(Path dir, String schema, List<WeakReference<ClassLoader>> loaders) throws Exception {
        URLClassLoader loader = new dev.godwit.engine.load.SchemaClassLoader(new URL[] {dir.resolve("target/classes").toUri().toURL()}, WarmRuns.class.getClassLoader());
        loaders.add(new WeakReference<>(loader));
        return SchemaInBackground.start(() -> {
            try (loader) {
                return SchemaLoader.load(List.of(schema), dir, loader);
            }
        }, loader);
    }

    private static long median(long[] all, int from) {
        long[] tail = Arrays.copyOfRange(all, from, all.length);
        Arrays.sort(tail);
        return tail[tail.length / 2] / 1_000_000;
    }
}
