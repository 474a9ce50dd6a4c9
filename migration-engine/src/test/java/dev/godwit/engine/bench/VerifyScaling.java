package dev.godwit.engine.bench;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How db:verify's engine part grows with the length of the history alone: folders of N migrations over a schema of a FIXED
 * size (each migration adds or drops a column, adds or drops an index, or retypes a column, a rebuild, in turn, on one of
 * the tables), verify timed warm (median of 3, wall and this thread's CPU time) against replaying the same SQL.
 * usage: VerifyScaling [tables=20] [N...=50 100 200 400] ({@code tools/bench.sh verify-scaling})
 */
public final class VerifyScaling {

    /** The verify runs on this thread alone (the replay's SQLite too): its CPU time is what a busy machine's wall time is not. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private VerifyScaling() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) sizes.add(Integer.parseInt(args[i]));
        if (sizes.isEmpty()) sizes = List.of(50, 100, 200, 400);
        Path work = Files.createTempDirectory("godwit-bench");
        try {
            System.out.println("| migrations | verify | verify, CPU time | replaying the SQL alone | verify / replay | verify CPU per migration |");
            System.out.println("|---|---|---|---|---|---|");
            for (int n : sizes) {
                Path dir = work.resolve("h" + n);
                SchemaDef last = history(dir, tables, n);
                MigrationsFolder folder = MigrationsFolder.at(dir);
                double[] cpu = new double[3];
                int[] run = {-1};   // the warm-up is run -1
                double verify = Timer.medianMillis(1, 3, () -> { }, () -> {
                    long c = THREADS.getCurrentThreadCpuTime();
                    List<Finding> f = Verifier.verify(last, MigrationsFolder.at(dir));
                    if (run[0] >= 0) cpu[run[0]] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                    run[0]++;
                    if (!f.isEmpty()) throw new IllegalStateException("benchmark history does not verify: " + f);
                });
                java.util.Arrays.sort(cpu);
                double replay = Timer.medianMillis(1, 3, () -> { }, () -> {
                    try (var db = dev.godwit.engine.db.SqliteDatabase.inMemory()) {
                        for (var m : MigrationsFolder.at(dir).migrations()) db.runAtomically(m.statements(), false);
                    }
                });
                System.out.printf(Locale.ROOT, "| %d over %d tables | %.1f ms | %.1f ms | %.1f ms | %.2f× | %.2f ms |%n", folder.migrations().size(), tables,
                        verify, cpu[1], replay, verify / replay, cpu[1] / n);
            }
            System.out.printf(Locale.ROOT, "%nMachine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        } finally {
            Benchmarks.delete(work);
        }
    }

    /**
     * {@code count} migrations: the tables created, then one change per migration to table {@code (i * 7) % tables}, in turn a
     * column {@code extra} added or dropped, an index on {@code status} added or dropped, column {@code note} retyped (a rebuild);
     * the schema never holds more than one extra column and index per table. Returns the last schema.
     */
    static SchemaDef history(Path dir, int tables, int count) {
        MigrationsFolder folder = MigrationsFolder.at(dir);
        Generator g = new Generator();
        SchemaDef schema = BenchSchemas.initial(tables);
        g.generate(schema, folder, GenerateOptions.batch().withName("init"));
        for (int i = 1; i < count; i++) {
            List<TableDef> t = new ArrayList<>(schema.tables());
            int at = (i * 7) % t.size();
            TableDef target = t.get(at);
            switch (i % 3) {
                case 0 -> {
                    List<ColumnDef> cols = new ArrayList<>(target.columns());
                    if (!cols.removeIf(c -> c.name().equals("extra"))) cols.add(ColumnDef.of("extra", "text"));
                    target = target.withColumns(cols);
                }
                case 1 -> {
                    List<IndexDef> idx = new ArrayList<>(target.indexes());
                    String name = target.name() + "_status_idx";
                    if (!idx.removeIf(x -> x.name().equals(name))) idx.add(IndexDef.onColumns(name, List.of("status"), false, null));
                    target = target.withIndexes(idx);
                }
                default -> {
                    List<ColumnDef> cols = new ArrayList<>(target.columns());
                    for (int c = 0; c < cols.size(); c++) {
                        if (cols.get(c).name().equals("note")) cols.set(c, cols.get(c).withType(cols.get(c).type().equals("text") ? "integer" : "text"));
                    }
                    target = target.withColumns(cols);
                }
            }
            t.set(at, target);
            schema = new SchemaDef(t, List.of());
            g.generate(schema, folder, GenerateOptions.batch().withName("m" + i).withAcceptDataLoss(true));
        }
        return schema;
    }
}
