package dev.godwit.engine.bench;

import dev.godwit.engine.diff.BatchRenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * For profiling the cold path: the cost of each phase of db:verify in a fresh JVM, one after the
 * other, as wall time and the main thread's CPU time. usage: ColdPhases PROJECT_DIR SCHEMA_SOURCE
 */
public final class ColdPhases {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path dir = Path.of(args[0]);
        ClassLoader cl = new dev.godwit.engine.load.SchemaClassLoader(new URL[] {dir.resolve("target/classes").toUri().toURL()}, ColdPhases.class.getClassLoader());
        SchemaDef schema = SchemaLoader.load(List.of(args[1]), dir, cl);
        long t1 = lap("load schema", t0);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        List<String> p = FolderCheck.problems(folder);
        long t2 = lap("folder check " + p.size(), t1);
        List<Migration> ms = folder.migrations();
        for (Migration m : ms) m.statements();
        long t3 = lap("migrations + split", t2);
        SchemaDef recorded = Verifier.recorded(folder);
        long t4 = lap("latest snapshot", t3);
        SchemaDiffer.diff(recorded, schema, new BatchRenameResolver());
        long t5 = lap("diff", t4);
        long t6;
        try (DataReplay r = new DataReplay()) {
            t6 = lap("open replica", t5);
            for (Migration m : ms) r.apply(m);
            long t7 = lap("replay with data", t6);
            SchemaDef actual = Introspector.introspect(r.database());
            long t8 = lap("introspect", t7);
            Verifier.differences(actual, SqlitePlanner.asWritten(schema));
            t6 = lap("differences", t8);
        }
        lastCpu = 0;
        lap("TOTAL", t0);
    }

    private static long lastCpu;

    private static long lap(String what, long since) {
        long now = System.nanoTime();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.printf("%-24s %6d ms wall %6d ms cpu%n", what, (now - since) / 1_000_000, (cpu - lastCpu) / 1_000_000);
        lastCpu = cpu;
        return now;
    }
}
