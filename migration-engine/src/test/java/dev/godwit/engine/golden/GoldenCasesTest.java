package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Golden tests in pure Java (no Node): every oracle-format case of {@code tools/oracle/cases/}
 * and every drizzle-kit folder of {@code src/test/resources/drizzle-kit/} is generated step by
 * step as {@code db:generate -Ddb.acceptDataLoss} would, each migration's SQL is compared with
 * {@code src/test/resources/golden/<case>/NNNN.sql}, and the migrations are applied two ways
 * (as to a local file, foreign keys switched off around rebuilds, and as to wrangler's local D1 file,
 * which keeps them on as D1 does; both in memory), with the case's rows inserted after each step: no row may go missing, foreign keys and
 * integrity must stay clean, and the final schema and rows must equal
 * {@code golden/<case>/result.txt} in both ways. Run with {@code -Dgodwit.golden.update=true} to
 * rewrite the golden files, then review the diff.
 */
class GoldenCasesTest {

    static final boolean UPDATE = Boolean.getBoolean("godwit.golden.update");
    /** Only the cases whose name starts with this ({@code -Dgodwit.golden.cases=f13_}), to run or update a few. */
    static final String ONLY = System.getProperty("godwit.golden.cases", "");
    /** The committed golden files, or another folder of them ({@code -Dgodwit.golden.dir}, with {@code godwit.cases.dir}'s cases). */
    static final Path GOLDEN = Path.of(System.getProperty("godwit.golden.dir", "src/test/resources/golden"));
    /** The committed cases, or another folder of them ({@code -Dgodwit.cases.dir=../target/oracle-fuzz/cases}, what tools/oracle/fuzz.sh writes). */
    static final Path ORACLE_CASES = Path.of(System.getProperty("godwit.cases.dir", "../tools/oracle/cases"));
    static final Path DRIZZLE_KIT = Path.of("src/test/resources/drizzle-kit");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.+?)\\}\\}");

    @TempDir
    Path dir;

    static Stream<String> oracleCases() throws IOException {
        try (Stream<Path> s = Files.list(ORACLE_CASES)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5))
                    .filter(n -> n.startsWith(ONLY)).sorted().toList();
            assertFalse(names.isEmpty(), "no cases under " + ORACLE_CASES.toAbsolutePath());
            return names.stream();
        }
    }

    static Stream<String> drizzleKitFolders() throws IOException {
        try (Stream<Path> s = Files.list(DRIZZLE_KIT)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** One step of a case: the schema, its rows to insert afterwards, and its renames. */
    record Step(SchemaDef schema, Map<String, List<Map<String, Object>>> rows, Map<String, String> tableRenamedFrom, String refused) {
        Step(SchemaDef schema, Map<String, List<Map<String, Object>>> rows, Map<String, String> tableRenamedFrom) {
            this(schema, rows, tableRenamedFrom, null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleCases")
    void oracleCase(String name) throws IOException {
        run(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drizzleKitFolders")
    void drizzleKitFolder(String name) throws IOException {
        assertFalse(MigrationsFolder.at(DRIZZLE_KIT.resolve(name).resolve("drizzle")).snapshotFiles().isEmpty(), name);
        run("drizzle-kit/" + name);
    }

    private void run(String name) throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        // generated step by step (GeneratedCases: once per test JVM for the classes that start from the same folder)
        GeneratedCases.Generated generated = GeneratedCases.into(name, folder);
        List<Step> steps = generated.steps();
        List<Integer> migrationsAfterStep = generated.migrationsAfterStep();
        Map<String, String> sqlByFile = new LinkedHashMap<>(generated.sqlByFile());
        String refused = generated.refused();
        if (UPDATE) {
            // written before they are applied, so that a migration that fails can be read (the result comes after)
            Files.createDirectories(GOLDEN.resolve(name));
            for (Map.Entry<String, String> e : sqlByFile.entrySet()) Files.writeString(GOLDEN.resolve(name).resolve(e.getKey()), e.getValue());
        }
        // In memory, described and limited as a local file and as wrangler's local D1 file (what Migrator goes by): what is
        // compared is the SQL and what it makes of the rows, not the file's journal and syncs, which cost most of the run.
        String localResult = apply(name, steps, folder, migrationsAfterStep, f -> SqliteDatabase.inMemoryStandingFor(f, false), "local");
        String d1Result = apply(name, steps, folder, migrationsAfterStep, f -> SqliteDatabase.inMemoryStandingFor(f, true), "like D1");
        assertEquals(localResult, d1Result, name + ": both ways of applying end in the same schema and rows");
        if (refused != null) sqlByFile.put("refused.txt", refused);
        compareGolden(name, sqlByFile, localResult);
    }

    private void compareGolden(String name, Map<String, String> sqlByFile, String result) throws IOException {
        Path golden = GOLDEN.resolve(name);
        Map<String, String> expected = new LinkedHashMap<>(sqlByFile);
        expected.put("result.txt", result);
        if (UPDATE) {
            if (Files.isDirectory(golden)) {
                try (Stream<Path> s = Files.list(golden)) {
                    for (Path p : s.toList()) Files.delete(p);
                }
            }
            Files.createDirectories(golden);
            for (Map.Entry<String, String> e : expected.entrySet()) Files.writeString(golden.resolve(e.getKey()), e.getValue());
            return;
        }
        assertTrue(Files.isDirectory(golden), name + ": no golden files at " + golden + "; run with -Dgodwit.golden.update=true and review them");
        List<String> present;
        try (Stream<Path> s = Files.list(golden)) {
            present = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(expected.keySet().stream().sorted().toList(), present, name + ": the steps that write a migration");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(Files.readString(golden.resolve(e.getKey())), e.getValue(),
                    name + "/" + e.getKey() + " differs from the golden file; if the change is intended, run with -Dgodwit.golden.update=true and review the diff");
        }
    }

    String apply(String name, List<Step> steps, MigrationsFolder folder, List<Integer> migrationsAfterStep,
                         Function<Path, SqliteDatabase> open, String how) {
        List<Migration> all = folder.migrations();
        Map<String, Long> expectedRows = new LinkedHashMap<>();
        try (SqliteDatabase db = open.apply(dir.resolve(how.replace(' ', '_') + ".sqlite"))) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                String at = name + " [" + how + "] step " + i;
                migrator.apply(all.subList(0, migrationsAfterStep.get(i)), ApplyOptions.defaults());
                expectedRows = rowsKept(step, expectedRows, db, at);
                List<String> inserts = new ArrayList<>();
                for (Map.Entry<String, List<Map<String, Object>>> e : step.rows().entrySet()) {
                    for (Map<String, Object> row : e.getValue()) inserts.add(insert(e.getKey(), row));
                    expectedRows.merge(e.getKey(), (long) e.getValue().size(), Long::sum);
                }
                if (!inserts.isEmpty()) db.runAtomically(inserts, false);
                assertEquals(List.of(), db.query("PRAGMA foreign_key_check"), at);
                assertEquals(List.of(Map.of("integrity_check", "ok")), db.query("PRAGMA integrity_check"), at);
                assertEquals(Map.of(), dev.godwit.engine.db.UnreadableViews.in(db), at + ": every view can be read");
            }
            return dump(db);
        }
    }

    /** The schema (sqlite_master, history left out) and every row, each value as SQLite's quote() writes it. */
    /**
     * The rows each table of {@code step}'s schema must hold after its migration (a table renamed in this step brings its rows;
     * a new table that takes a renamed table's name starts empty), asserted against {@code db}.
     */
    static Map<String, Long> rowsKept(Step step, Map<String, Long> before, SqliteDatabase db, String at) {
        Map<String, Long> next = new LinkedHashMap<>();
        for (var t : step.schema().tables()) {
            String from = step.tableRenamedFrom().get(t.name());
            if (from == null && !step.tableRenamedFrom().containsValue(t.name())) from = t.name();
            next.put(t.name(), from == null ? 0L : before.getOrDefault(from, 0L));
        }
        for (Map.Entry<String, Long> e : next.entrySet()) {
            assertEquals(e.getValue(), db.query("SELECT count(*) AS n FROM " + Quoting.backtick(e.getKey())).get(0).get("n"),
                    at + ": rows of " + e.getKey() + " (none may be lost)");
        }
        return next;
    }

    static String dump(SqliteDatabase db) {
        StringBuilder sb = new StringBuilder();
        List<Map<String, Object>> objects = db.query("SELECT type, name, tbl_name, sql FROM sqlite_master"
                + " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND tbl_name <> '__drizzle_migrations' ORDER BY type DESC, name");
        for (Map<String, Object> o : objects) sb.append(o.get("type")).append(' ').append(o.get("name")).append(": ").append(o.get("sql")).append('\n');
        for (Map<String, Object> o : objects) {
            if (!"table".equals(o.get("type")) && !"view".equals(o.get("type"))) continue;
            String table = (String) o.get("name");
            // generated columns too (hidden 2 virtual, 3 stored): their values show whether the expression is right
            List<String> cols = db.query("SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (0, 2, 3) ORDER BY cid", table).stream()
                    .map(r -> (String) r.get("name")).toList();
            String values = joined(cols.stream().map(c -> "quote(" + Quoting.backtick(c) + ")").toList());
            sb.append("view".equals(o.get("type")) ? "rows of view " : "rows of ").append(table).append(" (").append(String.join(", ", cols)).append("):\n");
            for (Map<String, Object> r : db.query("SELECT " + values + " AS v FROM " + Quoting.backtick(table) + " ORDER BY 1")) {
                sb.append("  ").append(maskNow((String) r.get("v"))).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The values joined with ', ' as one SQL expression, nested in halves: a chain of || one column after another is a tree as
     * deep as the table is wide, and SQLite refuses one deeper than 100 (f17_wide_table_64_columns_retyped_reordered_only).
     */
    static String joined(List<String> values) {
        if (values.size() == 1) return values.get(0);
        int half = values.size() / 2;
        return "(" + joined(values.subList(0, half)) + " || ', ' || " + joined(values.subList(half, values.size())) + ")";
    }

    /** Values that defaults such as CURRENT_TIMESTAMP or (unixepoch()) gave during this run become {@code <now>}, also within a text. */
    static String maskNow(String row) {
        String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();
        String masked = row.replaceAll("'" + today + "( \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?)?'", "<now>")
                // and inside a text made of one (a generated column such as id || '-' || created_at)
                .replaceAll(today + " \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?", "<now>");
        long now = System.currentTimeMillis() / 1000;
        Matcher m = Pattern.compile("(?<![\\w'.])\\d{10,13}(?![\\w'.])").matcher(masked);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long v = Long.parseLong(m.group());
            boolean isNow = Math.abs(v - now) < 86_400 || Math.abs(v - now * 1000) < 86_400_000L;
            m.appendReplacement(sb, isNow ? "<now>" : m.group());
        }
        return m.appendTail(sb).toString();
    }

    /**
     * A SQLite file a test builds for the code under test to read (the rows a pre-flight copies, the database drizzle-kit's
     * migrations built): it is not itself under test, so it is written without syncs or a journal file per transaction, which
     * were most of the kernel's share of these classes. Foreign keys on and the busy timeout as {@link SqliteDatabase#open}.
     */
    static SqliteDatabase openSetupFile(Path file) {
        try {
            java.sql.Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), new java.util.Properties());
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous=OFF");
                s.execute("PRAGMA journal_mode=MEMORY");
            }
            return SqliteDatabase.over(c, "local SQLite file " + file.toAbsolutePath().normalize());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    static String insert(String table, Map<String, Object> row) {
        List<String> cols = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, Object> e : row.entrySet()) {
            cols.add(Quoting.backtick(e.getKey()));
            values.add(sqlValue(e.getValue()));
        }
        return "INSERT INTO " + Quoting.backtick(table) + " (" + String.join(", ", cols) + ") VALUES (" + String.join(", ", values) + ");";
    }

    private static String sqlValue(Object v) {
        if (v == null) return "NULL";
        if (v instanceof Boolean b) return b ? "1" : "0";
        if (v instanceof Double d) return d == 0 && 1 / d < 0 ? "-0.0" : Double.toString(d);
        if (v instanceof Number n) return n.toString();
        if (v instanceof Map<?, ?> m && m.containsKey("hex")) return "X'" + m.get("hex") + "'";
        if (v instanceof Map<?, ?> m && m.containsKey("sql")) return String.valueOf(m.get("sql"));
        return Quoting.literal(String.valueOf(v));
    }

    // ---- the oracle's case format, turned into Godwit descriptors (what tools/oracle/case_to_yaml.py does) ----

    static List<Step> readCase(Path file) throws IOException {
        return readCase(file, false);
    }

    /**
     * Cases read in this test JVM: seven corpus classes read each case (SnakeYAML, then the descriptor reader), and reading was
     * a fifth of their Java time. Steps are immutable (the schema model is; the lists are copies the tests only read).
     */
    private static final Map<String, List<Step>> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The case's steps; with {@code likeDrizzle}, {@code {{col}}} in CHECKs and index WHEREs is written
     * {@code "table"."col"}, as drizzle prints the {@code ${t.col}} the oracle renders there, and indexes come before unique
     * constraints, as the oracle renders them, and integer defaults beyond 2^53 are the doubles JavaScript holds (so the SQL
     * text, the defaults and the order of the snapshot's indexes are drizzle-kit's).
     */
    static List<Step> readCase(Path file, boolean likeDrizzle) throws IOException {
        try {
            return READ.computeIfAbsent(file.toAbsolutePath().normalize() + (likeDrizzle ? " like drizzle" : ""), k -> {
                try {
                    return List.copyOf(parseCase(file, likeDrizzle));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Step> parseCase(Path file, boolean likeDrizzle) throws IOException {
        Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions()), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), new LoaderOptions(), new Yaml12Booleans())
                .load(Files.readString(file));
        List<Step> steps = new ArrayList<>();
        int i = 0;
        for (Object o : (List<Object>) data.get("steps")) {
            Map<String, Object> step = (Map<String, Object>) o;
            List<Map<String, Object>> renames = step.get("renames") == null ? List.of() : (List<Map<String, Object>>) step.get("renames");
            Map<String, String> tableRenamedFrom = new LinkedHashMap<>();
            List<Object> tables = new ArrayList<>();
            for (Object to : (List<Object>) step.get("tables")) {
                Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) to);
                for (Map<String, Object> r : renames) {
                    if (!r.containsKey("column") && r.get("to").equals(t.get("name"))) {
                        t.put("renamedFrom", r.get("table"));
                        tableRenamedFrom.put((String) t.get("name"), (String) r.get("table"));
                    }
                }
                List<Object> columns = new ArrayList<>();
                for (Object co : (List<Object>) t.get("columns")) {
                    Map<String, Object> c = new LinkedHashMap<>((Map<String, Object>) co);
                    for (Map<String, Object> r : renames) {
                        if (r.containsKey("column") && r.get("table").equals(t.get("name")) && r.get("to").equals(c.get("name"))) c.put("renamedFrom", r.get("column"));
                    }
                    if (c.get("default") instanceof Map<?, ?> d && d.containsKey("sql")) c.put("default", Map.of("sql", placeholders((String) d.get("sql"))));
                    // drizzle's schema holds a number default as a JavaScript number: an integer beyond 2^53 is the nearest double
                    if (likeDrizzle && c.get("default") instanceof Number n && !(n instanceof Double)
                            && new java.math.BigDecimal(n.toString()).abs().compareTo(java.math.BigDecimal.valueOf(1L << 53)) > 0) {
                        c.put("default", n.doubleValue());
                    }
                    if (c.get("generated") instanceof Map<?, ?> g) {
                        Map<String, Object> gm = new LinkedHashMap<>();
                        gm.put("as", placeholders((String) g.get("as")));
                        gm.put("type", g.get("type") == null ? "virtual" : g.get("type"));
                        c.put("generated", gm);
                    }
                    columns.add(c);
                }
                t.put("columns", columns);
                String qualifier = likeDrizzle ? Quoting.doubleQuoted((String) t.get("name")) + "." : "";
                t.computeIfPresent("indexes", (k, v) -> mapEach(v, m -> {
                    m.computeIfPresent("where", (k2, w) -> placeholders((String) w, qualifier));
                    m.computeIfPresent("expressions", (k2, es) -> ((List<String>) es).stream().map(GoldenCasesTest::placeholders).toList());
                }));
                t.computeIfPresent("checks", (k, v) -> mapEach(v, m -> m.computeIfPresent("expression", (k2, w) -> placeholders((String) w, qualifier))));
                tables.add(t);
            }
            Map<String, List<Map<String, Object>>> rows = step.get("rows") == null ? Map.of() : (Map<String, List<Map<String, Object>>>) step.get("rows");
            List<Object> views = new ArrayList<>();
            for (Object vo : step.get("views") == null ? List.of() : (List<Object>) step.get("views")) {
                Map<String, Object> v = new LinkedHashMap<>((Map<String, Object>) vo);
                for (Map<String, Object> r : renames) if (r.containsKey("view") && r.get("to").equals(v.get("name"))) v.put("renamedFrom", r.get("view"));
                views.add(v);
            }
            SchemaDef schema;
            try {
                schema = YamlSchemaReader.read(json(Map.of("tables", tables, "views", views)), file.getFileName() + " step " + i);
            } catch (dev.godwit.schema.model.SchemaException e) {   // refused when read: the case ends there (see run)
                steps.add(new Step(null, rows, tableRenamedFrom, e.getMessage()));
                break;
            }
            steps.add(new Step(schema, rows, tableRenamedFrom));
            i++;
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mapEach(Object list, java.util.function.Consumer<Map<String, Object>> change) {
        List<Object> out = new ArrayList<>();
        for (Object o : (List<Object>) list) {
            Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) o);
            change.accept(m);
            out.add(m);
        }
        return out;
    }

    /** {@code {{col}}} becomes the column's double-quoted name. */
    static String placeholders(String text) {
        return placeholders(text, "");
    }

    static String placeholders(String text, String qualifier) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(qualifier + Quoting.doubleQuoted(m.group(1))));
    }

    /** JSON (which YAML reads) keeps every odd identifier and number exact. */
    static String json(Object v) {
        if (v == null) return "null";
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) parts.add(json(String.valueOf(e.getKey())) + ": " + json(e.getValue()));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof List<?> l) return "[" + String.join(", ", l.stream().map(GoldenCasesTest::json).toList()) + "]";
        if (v instanceof String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') sb.append('\\').append(c);
                else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                else sb.append(c);
            }
            return sb.append('"').toString();
        }
        if (v instanceof Double d && d == 0 && 1 / d < 0) return "-0.0";
        return String.valueOf(v);
    }

    /** Cases are read as the oracle's JavaScript reads them (YAML 1.2): only true/false are booleans, so a column named on or no stays a name. */
    static final class Yaml12Booleans extends org.yaml.snakeyaml.resolver.Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+.0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
