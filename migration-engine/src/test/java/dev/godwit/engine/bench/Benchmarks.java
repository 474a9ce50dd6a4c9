package dev.godwit.engine.bench;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.JsonText;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.preflight.RowGenerator;
import dev.godwit.engine.pull.JavaSchemaWriter;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Engine benchmarks (README: "Benchmarks"). Prints a Markdown table. Each figure comes with a
 * baseline measured in the same run, so the ratio means something on any machine.
 * usage: Benchmarks [tables=500] [migrations=200], or Benchmarks preflight (the pre-flight rows alone), or Benchmarks verify
 * [tables=500] (the db:verify rows alone)
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("preflight")) {
            Path work = Files.createTempDirectory("godwit-bench");
            try {
                print(preflight(work));
            } finally {
                delete(work);
            }
            return;
        }
        if (args.length > 0 && args[0].equals("verify")) {
            Path work = Files.createTempDirectory("godwit-bench");
            try {
                print(verify(work, args.length > 1 ? Integer.parseInt(args[1]) : 500));
            } finally {
                delete(work);
            }
            return;
        }
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int migrations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path work = Files.createTempDirectory("godwit-bench");
        List<String> rows = new ArrayList<>();
        try {
            rows.addAll(generate(work, tables));
            rows.addAll(applyLocal(work, tables, migrations));
            rows.addAll(verify(work, tables));
            rows.addAll(pull(work, tables));
            rows.addAll(applyD1(work, Math.min(migrations, 50)));
            rows.addAll(preflight(work));
        } finally {
            delete(work);
        }
        print(rows);
    }

    private static void print(List<String> rows) {
        System.out.println("| measurement | time | baseline (same run) | ratio |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nMachine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    /** diff + SQL + snapshot write, warm; baseline: writing the same snapshot JSON alone. */
    static List<String> generate(Path work, int tables) throws Exception {
        SchemaDef initial = BenchSchemas.initial(tables);
        SchemaDef changed = BenchSchemas.changed(tables, 0.05);
        Path dir = work.resolve("gen");
        Generator g = new Generator();
        double first = Timer.medianMillis(5, 15, () -> delete(dir), () -> g.generate(initial, MigrationsFolder.at(dir), GenerateOptions.batch().withName("init")));
        Path incDir = work.resolve("gen-inc");
        double incremental = Timer.medianMillis(5, 15, () -> {
            delete(incDir);
            g.generate(initial, MigrationsFolder.at(incDir), GenerateOptions.batch().withName("init"));
        }, () -> g.generate(changed, MigrationsFolder.at(incDir), GenerateOptions.batch().withName("change")));
        Path base = work.resolve("baseline.json");
        double snapshotOnly = Timer.medianMillis(5, 15, () -> { }, () -> Files.writeString(base,
                JsonText.pretty(SnapshotCodec.toJson(new Snapshot("a", Snapshot.ORIGIN, initial, null, null)))));
        return List.of(
                row("generate, " + tables + " tables from empty (diff + SQL + files)", first, "snapshot JSON write alone", snapshotOnly),
                row("generate, 5% of " + tables + " tables changed", incremental, "snapshot JSON write alone", snapshotOnly));
    }

    /** N migrations applied to a local file by the migrator, against the sqlite3 CLI running the same SQL. */
    static List<String> applyLocal(Path work, int tables, int count) throws Exception {
        List<Migration> ms = history(work.resolve("history"), Math.max(1, tables / 10), count);
        Path db = work.resolve("apply.sqlite");
        double godwit = Timer.medianMillis(1, 5, () -> Files.deleteIfExists(db), () -> {
            try (SqliteDatabase d = SqliteDatabase.open(db)) {
                new Migrator(d, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(ms, ApplyOptions.defaults());
            }
        });
        Path script = work.resolve("all.sql");
        StringBuilder sb = new StringBuilder("PRAGMA foreign_keys=ON;\n");
        for (Migration m : ms) {
            sb.append("BEGIN;\n");
            for (String s : m.statements()) sb.append(s).append(s.endsWith(";") ? "\n" : ";\n");
            sb.append("COMMIT;\n");
        }
        Files.writeString(script, sb);
        Path cliDb = work.resolve("cli.sqlite");
        double cli = Timer.medianMillis(1, 5, () -> Files.deleteIfExists(cliDb), () -> {
            Process p = new ProcessBuilder("sqlite3", cliDb.toString()).redirectInput(script.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IllegalStateException("sqlite3 failed: " + out);
        });
        return List.of(row("apply " + count + " migrations to a local SQLite file", godwit, "sqlite3 CLI, same SQL, one transaction each", cli));
    }


    /** db:verify's engine part on the N-table schema (folder check, sums, diff, replay on :memory:, introspection). */
    static List<String> verify(Path work, int tables) throws Exception {
        SchemaDef schema = BenchSchemas.initial(tables);
        Path dir = work.resolve("verify");
        new Generator().generate(schema, MigrationsFolder.at(dir), GenerateOptions.batch().withName("init"));
        double verify = Timer.medianMillis(2, 5, () -> { }, () -> {
            List<Finding> f = Verifier.verify(schema, MigrationsFolder.at(dir));
            if (!f.isEmpty()) throw new IllegalStateException("benchmark schema does not verify: " + f);
        });
        double replayOnly = Timer.medianMillis(2, 5, () -> { }, () -> {
            try (SqliteDatabase db = SqliteDatabase.inMemory()) {
                for (Migration m : MigrationsFolder.at(dir).migrations()) db.runAtomically(m.statements(), false);
            }
        });
        Path history = work.resolve("verify-history");
        SchemaDef last = rebuildHistory(history, tables, 10);
        double verifyHistory = Timer.medianMillis(1, 3, () -> { }, () -> {
            List<Finding> f = Verifier.verify(last, MigrationsFolder.at(history));
            if (!f.isEmpty()) throw new IllegalStateException("benchmark history does not verify: " + f);
        });
        double replayHistory = Timer.medianMillis(1, 3, () -> { }, () -> {
            try (SqliteDatabase db = SqliteDatabase.inMemory()) {
                for (Migration m : MigrationsFolder.at(history).migrations()) db.runAtomically(m.statements(), false);
            }
        });
        return List.of(row("verify, " + tables + " tables (all checks + replay)", verify, "replaying the SQL alone", replayOnly),
                row("verify, " + tables + " tables, 12 migrations: 5% changed, then 10 one-table rebuilds", verifyHistory, "replaying the SQL alone",
                        replayHistory));
    }

    /**
     * A folder of {@code 2 + rebuilds} migrations: the schema created, 5% of its tables changed, then one column of one table
     * retyped per migration (each a rebuild, with its rows, in the replay); the last schema.
     */
    static SchemaDef rebuildHistory(Path dir, int tables, int rebuilds) {
        MigrationsFolder folder = MigrationsFolder.at(dir);
        Generator g = new Generator();
        g.generate(BenchSchemas.initial(tables), folder, GenerateOptions.batch().withName("init"));
        SchemaDef schema = BenchSchemas.changed(tables, 0.05);
        g.generate(schema, folder, GenerateOptions.batch().withName("changed").withAcceptDataLoss(true));
        for (int k = 0; k < rebuilds; k++) {
            List<TableDef> t = new ArrayList<>(schema.tables());
            int at = (k * 7 + 3) % t.size();
            List<ColumnDef> cols = new ArrayList<>(t.get(at).columns());
            ColumnDef c = cols.get(cols.size() - 1);
            cols.set(cols.size() - 1, c.withType(c.type().equalsIgnoreCase("text") ? "integer" : "text"));
            t.set(at, t.get(at).withColumns(cols));
            schema = new SchemaDef(t, List.of());
            g.generate(schema, folder, GenerateOptions.batch().withName("retype" + k).withAcceptDataLoss(true));
        }
        return schema;
    }

    /** db:pull's engine part: introspect an N-table database and write the Java sources. */
    static List<String> pull(Path work, int tables) throws Exception {
        SchemaDef schema = BenchSchemas.initial(tables);
        Path dir = work.resolve("pull-src");
        new Generator().generate(schema, MigrationsFolder.at(dir), GenerateOptions.batch().withName("init"));
        Path file = work.resolve("pull.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            for (Migration m : MigrationsFolder.at(dir).migrations()) db.runAtomically(m.statements(), false);
        }
        Path out = work.resolve("pull-out");
        double pull = Timer.medianMillis(2, 5, () -> delete(out), () -> {
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                Map<String, String> sources = JavaSchemaWriter.write(Introspector.introspect(db), "bench.schema");
                for (Map.Entry<String, String> e : sources.entrySet()) {
                    Path f = out.resolve(e.getKey());
                    Files.createDirectories(f.getParent());
                    Files.writeString(f, e.getValue());
                }
            }
        });
        double dump = Timer.medianMillis(2, 5, () -> { }, () -> {
            Process p = new ProcessBuilder("sqlite3", file.toString(), ".schema").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) throw new IllegalStateException("sqlite3 .schema failed");
        });
        return List.of(row("pull, " + tables + " tables (introspect + write Java)", pull, "sqlite3 CLI .schema of the same file", dump));
    }

    /** N migrations to the D1 stand-in with 50 ms latency: wall time and HTTP calls. */
    static List<String> applyD1(Path work, int count) throws Exception {
        List<Migration> ms = history(work.resolve("d1-history"), 5, count);
        Path file = work.resolve("d1.sqlite");
        long[] calls = new long[1];
        double wall = Timer.medianMillis(0, 1, () -> Files.deleteIfExists(file), () -> {
            try (D1StandIn standIn = D1StandIn.start(file, "acct", "db", "token")) {
                standIn.setLatencyMillis(50);
                try (D1Database d1 = new D1Database(new D1Settings("acct", "db", "token", standIn.endpoint()))) {
                    new Migrator(d1, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(ms, ApplyOptions.defaults());
                }
                calls[0] = standIn.requestCount();
            }
        });
        double oneCallPerMigration = ms.size() * 50.0;
        return List.of(row("apply " + ms.size() + " migrations to the D1 stand-in (50 ms latency): " + calls[0] + " HTTP calls", wall,
                ms.size() + " round trips of 50 ms", oneCallPerMigration));
    }

    /**
     * db:apply's pre-flight on the demo (the repository's drizzle/ folder): on a fresh file (every
     * migration pending, nothing to lose) and on a file holding 3 generated rows per table with one
     * pending migration, each against applying the same migrations to the file.
     */
    static List<String> preflight(Path work) throws Exception {
        Path demo = Files.isDirectory(Path.of("drizzle", "meta")) ? Path.of("drizzle") : Path.of("..", "drizzle");
        if (!Files.isDirectory(demo.resolve("meta"))) return List.of();
        List<Migration> ms = MigrationsFolder.at(demo).migrations();
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        Path fresh = work.resolve("demo-fresh.sqlite");
        double apply = Timer.medianMillis(1, 5, () -> Files.deleteIfExists(fresh), () -> {
            try (SqliteDatabase d = SqliteDatabase.open(fresh)) {
                new Migrator(d, history, EngineLog.SILENT).apply(ms, ApplyOptions.defaults());
            }
        });
        double check = Timer.medianMillis(1, 5, () -> {
            Files.deleteIfExists(fresh);
            try (SqliteDatabase d = SqliteDatabase.open(fresh)) {
                d.runAtomically(List.of(history.createSql()), false);
            }
        }, () -> Preflight.ofFile(fresh, false, EngineLog.SILENT).check(ms));

        Path full = work.resolve("demo-rows.sqlite");
        Files.deleteIfExists(full);
        int rows;
        try (SqliteDatabase d = SqliteDatabase.open(full)) {
            new Migrator(d, history, EngineLog.SILENT).apply(ms, ApplyOptions.defaults());
            rows = new RowGenerator(d, 7).fill(Introspector.introspect(d), 3).rowsInserted();
        }
        String table = MigrationsFolder.at(demo).latestSnapshot().orElseThrow().schema().tables().get(0).name();
        Migration next = new Migration(new JournalEntry(ms.size(), "6", Long.MAX_VALUE, "9999_bench", true), work.resolve("9999_bench.sql"),
                "ALTER TABLE `" + table + "` ADD `bench_note` text;--> statement-breakpoint\nUPDATE `" + table + "` SET `bench_note` = 'x';");
        Path copy = work.resolve("demo-rows-copy.sqlite");
        // the whole folder, the demo's recorded: the apply refuses a history holding rows its folder lacks
        List<Migration> withNext = new java.util.ArrayList<>(ms);
        withNext.add(next);
        double applyNext = Timer.medianMillis(1, 5, () -> Files.copy(full, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING), () -> {
            try (SqliteDatabase d = SqliteDatabase.open(copy)) {
                new Migrator(d, history, EngineLog.SILENT).apply(withNext, ApplyOptions.defaults());
            }
        });
        double checkNext = Timer.medianMillis(1, 5, () -> { }, () -> Preflight.ofFile(full, false, EngineLog.SILENT).check(List.of(next)));
        return List.of(
                row("pre-flight of the demo's " + ms.size() + " migration(s), fresh local file", check, "applying them", apply),
                row("pre-flight of 1 migration (add a column, fill it), demo file holding " + rows + " generated rows", checkNext, "applying it", applyNext));
    }

    /** A migrations folder of {@code count} migrations: the schema created, then a column added per migration. */
    static List<Migration> history(Path dir, int tables, int count) {
        MigrationsFolder folder = MigrationsFolder.at(dir);
        Generator g = new Generator();
        SchemaDef schema = BenchSchemas.initial(tables);
        g.generate(schema, folder, GenerateOptions.batch().withName("init"));
        for (int i = 1; i < count; i++) {
            List<TableDef> t = new ArrayList<>(schema.tables());
            TableDef target = t.get(i % t.size());
            List<ColumnDef> cols = new ArrayList<>(target.columns());
            cols.add(ColumnDef.of("c" + i, "text"));
            t.set(i % t.size(), target.withColumns(cols));
            schema = new SchemaDef(t, List.of());
            g.generate(schema, folder, GenerateOptions.batch().withName("m" + i));
        }
        return folder.migrations();
    }

    private static String row(String what, double ms, String baseline, double baseMs) {
        return String.format(Locale.ROOT, "| %s | %.1f ms | %s: %.1f ms | %.2f× |", what, ms, baseline, baseMs, ms / baseMs);
    }

    static void delete(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
