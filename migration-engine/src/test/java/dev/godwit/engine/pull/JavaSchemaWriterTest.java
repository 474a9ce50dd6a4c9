package dev.godwit.engine.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.schema.SchemaCollector;
import dev.godwit.schema.Table;
import dev.godwit.schema.View;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Introspected schemas written as Java, compiled, loaded and collected give the same schema back. */
class JavaSchemaWriterTest {

    @TempDir
    Path tmp;

    static final String[] ODD_DDL = {
        "CREATE TABLE agent_versions (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, created_at integer DEFAULT (unixepoch()) NOT NULL,"
                + " label text(64) NOT NULL, fooBar text, foo_bar text, \"class\" text DEFAULT 'it''s \\ \"x\"', score real DEFAULT 1.5,"
                + " big integer DEFAULT 9007199254740993, tiny real DEFAULT 1e-7, huge numeric DEFAULT 123456789012345678901.25,"
                + " flag integer DEFAULT true, ts text DEFAULT CURRENT_TIMESTAMP, parent integer REFERENCES agent_versions(id) ON DELETE SET NULL)",
        "CREATE UNIQUE INDEX agent_versions_label_unique ON agent_versions (label)",
        "CREATE TABLE \"order\" (\"select\" integer NOT NULL, \"we\"\"ird`\" text NOT NULL, \"with space\" text COLLATE NOCASE,"
                + " \"123abc\" integer, \"日本\" text, \"line\nbreak\" text, \"back\\slash\\u0041\" text,"
                + " full text GENERATED ALWAYS AS (\"with space\" || '*/') STORED, low text AS (lower(\"日本\")),"
                + " CONSTRAINT \"order pk\" PRIMARY KEY (\"select\", \"we\"\"ird`\"),"
                + " CONSTRAINT \"positive */ select\" CHECK (\"select\" > 0), CHECK (\"123abc\" IS NULL OR \"123abc\" < 10))",
        "CREATE UNIQUE INDEX \"order uq\" ON \"order\" (\"with space\")",
        "CREATE INDEX \"order_expr\" ON \"order\" (lower(\"日本\"), \"select\") WHERE \"select\" > 1",
        "CREATE UNIQUE INDEX order_123abc_日本_unique ON \"order\" (\"123abc\", \"日本\")",
        "CREATE TABLE \"user-profile\" (id integer PRIMARY KEY, o_select integer, o_weird text, agent integer NOT NULL,"
                + " CONSTRAINT \"to order\" FOREIGN KEY (o_select, o_weird) REFERENCES \"order\"(\"select\", \"we\"\"ird`\") ON DELETE CASCADE ON UPDATE RESTRICT,"
                + " FOREIGN KEY (agent) REFERENCES agent_versions(id))",
        "CREATE TABLE user_profile (id integer PRIMARY KEY)",
        "CREATE TABLE string (\"Column\" text, \"USERS\" text)",
        "CREATE TABLE \"Column\" (id integer PRIMARY KEY, ref integer CONSTRAINT my_ref REFERENCES \"Column\"(id))",
        "CREATE VIEW \"recent */ versions\" AS select \"id\", 'a\"b' as q\nfrom agent_versions\nwhere created_at > 0",
    };

    static SchemaDef introspect(String... ddl) {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(List.of(ddl), false);
            return Introspector.introspect(db);
        }
    }

    /** Compiles the sources, loads every class and collects its static Table/View constant. */
    SchemaDef compileAndCollect(Map<String, String> sources) throws Exception {
        Path src = tmp.resolve("src");
        Path out = tmp.resolve("classes");
        Files.createDirectories(out);
        List<File> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            files.add(f.toFile());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (var fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(diagnostics, fm, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-encoding", "UTF-8", "-Xlint:all", "-Werror"),
                    null, fm.getJavaFileObjectsFromFiles(files)).call();
            assertTrue(ok, () -> diagnostics + "\n" + String.join("\n\n", sources.values()));
        }
        List<Object> declarations = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            for (String path : sources.keySet()) {
                String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
                Class<?> c = Class.forName(name, true, loader);
                for (Field f : c.getFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && (Table.class.isAssignableFrom(f.getType()) || View.class.isAssignableFrom(f.getType()))) {
                        declarations.add(f.get(null));
                    }
                }
            }
            return SchemaCollector.collect(declarations);
        }
    }

    static TableDef sorted(TableDef t) {
        return t.withIndexes(t.indexes().stream().sorted(Comparator.comparing(IndexDef::name)).toList())
                .withForeignKeys(t.foreignKeys().stream().sorted(Comparator.comparing(ForeignKeyDef::name)).toList());
    }

    static void assertSameSchema(SchemaDef expected, SchemaDef actual) {
        List<String> changes = SchemaDiffer.diff(expected, actual, RenameResolver.NO_RENAMES).changes().stream().map(Change::describe).toList();
        assertEquals(List.of(), changes);
        assertEquals(expected.tables().stream().map(JavaSchemaWriterTest::sorted).toList(), actual.tables().stream().map(JavaSchemaWriterTest::sorted).toList());
        assertEquals(expected.views(), actual.views());
    }

    @Test
    void oddIdentifiersCompileAndCollectToTheSameSchema() throws Exception {
        SchemaDef schema = introspect(ODD_DDL);
        Map<String, String> sources = JavaSchemaWriter.write(schema, "com.acme.schema");
        assertEquals(Set.of("com/acme/schema/AgentVersions.java", "com/acme/schema/Order.java", "com/acme/schema/UserProfile.java",
                "com/acme/schema/UserProfile2.java", "com/acme/schema/StringTable.java", "com/acme/schema/ColumnTable.java",
                "com/acme/schema/RecentVersions.java"), sources.keySet());
        SchemaDef back = compileAndCollect(sources);
        // SchemaCollector orders tables as given; compare in the introspected order.
        List<TableDef> reordered = schema.tables().stream().map(t -> back.table(t.name()).orElseThrow()).toList();
        assertSameSchema(schema, new SchemaDef(reordered, back.views()));
    }

    /**
     * Tables "User Settings", user_settings and UserSettings2 were pulled as classes UserSettings, UserSettings2 and
     * UserSettings22: class UserSettings2 was table user_settings, and table UserSettings2 was class UserSettings22 (red team,
     * round 51). A table whose name is a class name as it is keeps it; the others take the next number no table's class has,
     * the same whatever order the database lists the tables in.
     */
    @Test
    void aTableNamedLikeAClassKeepsThatNameWhateverTheOrder() throws Exception {
        List<String> ddl = List.of("CREATE TABLE \"User Settings\" (id integer PRIMARY KEY)", "CREATE TABLE user_settings (id integer PRIMARY KEY)",
                "CREATE TABLE UserSettings2 (id integer PRIMARY KEY, s integer REFERENCES user_settings(id))",
                "CREATE TABLE user_settings3 (id integer PRIMARY KEY)");
        for (List<String> order : List.of(ddl, List.of(ddl.get(3), ddl.get(2), ddl.get(1), ddl.get(0)), List.of(ddl.get(2), ddl.get(0), ddl.get(3), ddl.get(1)))) {
            SchemaDef schema = introspect(order.toArray(String[]::new));
            JavaNames.Names names = new JavaNames.Names(schema);
            assertEquals(Map.of("User Settings", "UserSettings", "user_settings", "UserSettings4", "UserSettings2", "UserSettings2",
                    "user_settings3", "UserSettings3"), names.classOf, order.toString());
            Map<String, String> sources = JavaSchemaWriter.write(schema, "com.acme.schema");
            assertTrue(sources.get("com/acme/schema/UserSettings2.java").contains("super(\"UserSettings2\");"), sources.toString());
            assertTrue(sources.get("com/acme/schema/UserSettings2.java").contains("UserSettings4.USER_SETTINGS4.id"), sources.toString());
        }
        SchemaDef schema = introspect(ddl.toArray(String[]::new));
        SchemaDef back = compileAndCollect(JavaSchemaWriter.write(schema, "com.acme.schema"));
        assertSameSchema(schema, new SchemaDef(schema.tables().stream().map(t -> back.table(t.name()).orElseThrow()).toList(), back.views()));
    }

    @Test
    void readableIdiomaticSource() throws IOException {
        Map<String, String> sources = JavaSchemaWriter.write(introspect(ODD_DDL), "com.acme.schema");
        String dump = System.getProperty("godwit.dumpPulledSources");
        if (dump != null) {
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path f = Path.of(dump).resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            }
        }
        String agent = sources.get("com/acme/schema/AgentVersions.java");
        assertTrue(agent.startsWith("package com.acme.schema;\n"), agent);
        assertTrue(agent.contains("public static final AgentVersions AGENT_VERSIONS = new AgentVersions();"), agent);
        assertTrue(agent.contains("public final Column id = integer(\"id\").primaryKey().autoIncrement();"), agent);
        assertTrue(agent.contains("public final Column createdAt = integer(\"created_at\").notNull().defaultSql(\"(unixepoch())\");"), agent);
        assertTrue(agent.contains("public final Column label = text(\"label\").length(64).notNull().unique();"), agent);
        assertTrue(agent.contains("public final Column fooBar = text(\"fooBar\");"), agent);
        assertTrue(agent.contains("public final Column fooBar2 = text(\"foo_bar\");"), agent);
        assertTrue(agent.contains("public final Column class_ = text(\"class\").defaultValue(\"it's \\\\ \\\"x\\\"\");"), agent);
        assertTrue(agent.contains("public final Column score = real(\"score\").defaultValue(1.5);"), agent);
        assertTrue(agent.contains("public final Column big = integer(\"big\").defaultValue(9007199254740993L);"), agent);
        assertTrue(agent.contains("public final Column flag = integer(\"flag\").defaultValue(true);"), agent);
        assertTrue(agent.contains(".references(() -> AgentVersions.AGENT_VERSIONS.id).onDelete(FkAction.SET_NULL);"), agent);
        assertTrue(agent.contains("super(\"agent_versions\");\n    }"), agent);

        String order = sources.get("com/acme/schema/Order.java");
        assertTrue(order.contains("public final Column select = integer(\"select\").notNull();"), order);
        assertTrue(order.contains("primaryKey(\"order pk\", select, weIrd);"), order);
        assertTrue(order.contains("index(\"order_expr\").onExpression(\"lower(\\\"\\u65e5\\u672c\\\")\").on(select).where(\"\\\"select\\\" > 1\");"), order);
        assertTrue(order.contains("unique().on(c123abc, 日本)") || order.contains("unique().on(c123abc, \u65e5\u672c)"), order);
        assertTrue(order.contains(".generatedAlwaysAs(\"(\\\"with space\\\" || '*/')\", Generated.Type.STORED)"), order);

        String profile = sources.get("com/acme/schema/UserProfile.java");
        assertTrue(profile.contains("foreignKey(oSelect, oWeird).references(() -> Order.ORDER.select, () -> Order.ORDER.weIrd).name(\"to order\")"
                + ".onDelete(FkAction.CASCADE).onUpdate(FkAction.RESTRICT);"), profile);
        assertTrue(profile.contains("public final Column agent = integer(\"agent\").notNull().references(() -> AgentVersions.AGENT_VERSIONS.id);"), profile);
        assertTrue(sources.get("com/acme/schema/ColumnTable.java").contains(".references(\"my_ref\", () -> ColumnTable.COLUMN_TABLE.id)"));
    }

    @Test
    void demoLikeRoundTripThroughOurOwnMigrations() throws Exception {
        SchemaDef declared = dev.godwit.engine.introspect.RoundTripTest.declared();
        SchemaDef schema;
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            dev.godwit.engine.introspect.RoundTripTest.migrate(db, SchemaDef.EMPTY, declared);
            schema = Introspector.introspect(db);
        }
        SchemaDef back = compileAndCollect(JavaSchemaWriter.write(schema, ""));
        List<TableDef> reordered = schema.tables().stream().map(t -> back.table(t.name()).orElseThrow()).toList();
        assertSameSchema(schema, new SchemaDef(reordered, back.views()));
        assertEquals(List.of(), SchemaDiffer.diff(declared, back, RenameResolver.NO_RENAMES).changes());
    }

    @Test
    void namesAreValidJava() throws IOException {
        assertEquals("AgentVersions", JavaNames.className("agent_versions"));
        assertEquals("OrderItems", JavaNames.className("ORDER_ITEMS"));
        assertEquals("T2024Stats", JavaNames.className("2024 stats"));
        assertEquals("Table", JavaNames.className("!!!"));
        assertEquals("createdAt", JavaNames.fieldName("created_at"));
        assertEquals("userId", JavaNames.fieldName("userId"));
        assertEquals("id", JavaNames.fieldName("ID"));
        assertEquals("new_", JavaNames.fieldName("new"));
        assertEquals("c1st", JavaNames.fieldName("1st"));
        assertEquals("AGENT_VERSIONS", JavaNames.constantName("AgentVersions"));
        assertEquals("\"a\\\"b\\\\c\\n\\u00e9\\001\"", JavaLiterals.str("a\"b\\c\né\u0001"));
    }

    @Test
    void aFieldNeverTakesTheNameOfAClassOfTheSchema() throws Exception {
        // A name without case (here Chinese) was the same as a class and as a field: the field had to step aside, in a schema
        // of many tables too (field names are checked against every class name). Class names are ASCII now (the file name
        // must be writable under any locale), so the field keeps the column's name.
        List<String> ddl = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) ddl.add("CREATE TABLE t" + i + " (id integer PRIMARY KEY)");
        ddl.add("CREATE TABLE \"表\" (id integer PRIMARY KEY)");
        ddl.add("CREATE TABLE \"订单\" (id integer PRIMARY KEY, \"表\" integer REFERENCES \"表\"(id), \"订单\" text)");
        SchemaDef schema = introspect(ddl.toArray(new String[0]));
        Map<String, String> sources = JavaSchemaWriter.write(schema, "com.acme.schema");
        String orders = sources.get("com/acme/schema/T8ba25355.java");
        assertTrue(orders.contains("public final Column 表 = integer(") && orders.contains("T8868.T8868_.id"), orders);
        assertTrue(orders.contains("public final Column 订单 = text("), orders);
        assertSameSchema(schema, compileAndCollect(sources));
    }

    /**
     * A type spelt {@code INTEGER} or {@code TEXT(40)} is written with its builder, a key {@code created DESC} as
     * {@code onDesc(created)}, where they came out as {@code column("Id", "INTEGER")} and {@code onExpression("created DESC")};
     * and db:generate finds nothing to do after the pull.
     */
    @Test
    void upperCaseTypesAndDescendingKeysAreWrittenAsAPersonWouldAndRoundTrip() throws Exception {
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(tmp.resolve("drizzle"));
        Path src = tmp.resolve("pulled");
        try (SqliteDatabase db = SqliteDatabase.open(tmp.resolve("app.sqlite"))) {
            db.runAtomically(List.of(
                    "CREATE TABLE Events (\"Id\" INTEGER PRIMARY KEY, Name TEXT(40) NOT NULL, created Integer, kind Text, raw BLOB, amount REAL)",
                    "CREATE INDEX events_created ON Events (created DESC)",
                    "CREATE INDEX events_kind_created ON Events (kind, \"created\" DESC, `Name` desc, lower(kind))"), false);
            new Puller(db, dev.godwit.engine.migrate.HistoryTable.forName(dev.godwit.engine.migrate.HistoryTable.DRIZZLE_DEFAULT),
                    dev.godwit.engine.EngineLog.SILENT).pull(src, "com.acme.schema", folder, false);
        }
        String events = Files.readString(src.resolve("com/acme/schema/Events.java"));
        assertTrue(events.contains("public final Column id = integer(\"Id\").primaryKey();"), events);
        assertTrue(events.contains("public final Column name = text(\"Name\").length(40).notNull();"), events);
        assertTrue(events.contains("public final Column created = integer(\"created\");"), events);
        assertTrue(events.contains("public final Column kind = text(\"kind\");"), events);
        assertTrue(events.contains("public final Column raw = blob(\"raw\");"), events);
        assertTrue(events.contains("public final Column amount = real(\"amount\");"), events);
        assertTrue(events.contains("index(\"events_created\").onDesc(created);"), events);
        assertTrue(events.contains("index(\"events_kind_created\").on(kind).onDesc(created, name).onExpression(\"lower(kind)\");"), events);

        Map<String, String> sources = new java.util.LinkedHashMap<>();
        sources.put("com/acme/schema/Events.java", events);
        SchemaDef back = compileAndCollect(sources);
        dev.godwit.engine.generate.GenerateResult r = new dev.godwit.engine.generate.Generator()
                .generate(back, folder, dev.godwit.engine.generate.GenerateOptions.batch());
        assertTrue(!r.written(), () -> r.sql());
    }

    /**
     * A key {@code n ASC} is the column, sorted as SQLite sorts it anyway: written {@code .on(n)} (a unique one on a column
     * {@code .unique()}), where it came out as {@code onExpression("n ASC")}, an index on a computed value to whoever reads the
     * class; db:generate after the pull finds nothing to do, and the database is no drift from the baseline.
     */
    @Test
    void ascendingKeysAreWrittenAsTheirColumnAndRoundTrip() throws Exception {
        dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(tmp.resolve("drizzle"));
        Path src = tmp.resolve("pulled");
        SchemaDef live;
        try (SqliteDatabase db = SqliteDatabase.open(tmp.resolve("app.sqlite"))) {
            db.runAtomically(List.of(
                    "CREATE TABLE Events (id INTEGER PRIMARY KEY, n integer, kind text, code text)",
                    "CREATE INDEX events_n ON Events (n ASC)",
                    "CREATE INDEX events_kind_n ON Events (\"Kind\" asc, n DESC, lower(kind) ASC)",
                    "CREATE UNIQUE INDEX events_code_unique ON Events (code ASC)"), false);
            new Puller(db, dev.godwit.engine.migrate.HistoryTable.forName(dev.godwit.engine.migrate.HistoryTable.DRIZZLE_DEFAULT),
                    dev.godwit.engine.EngineLog.SILENT).pull(src, "com.acme.schema", folder, false);
            live = Introspector.introspect(db);
        }
        String events = Files.readString(src.resolve("com/acme/schema/Events.java"));
        assertTrue(events.contains("index(\"events_n\").on(n);"), events);
        assertTrue(events.contains("index(\"events_kind_n\").on(kind).onDesc(n).onExpression(\"lower(kind) ASC\");"), events);
        assertTrue(events.contains("public final Column code = text(\"code\").unique(\"events_code_unique\");"), events);

        Map<String, String> sources = new java.util.LinkedHashMap<>();
        sources.put("com/acme/schema/Events.java", events);
        SchemaDef back = compileAndCollect(sources);
        dev.godwit.engine.generate.GenerateResult r = new dev.godwit.engine.generate.Generator()
                .generate(back, folder, dev.godwit.engine.generate.GenerateOptions.batch());
        assertTrue(!r.written(), () -> r.sql());
        SchemaDef baseline = folder.readSnapshot(folder.snapshotFile(folder.migrations().get(0).tag())).schema();
        assertEquals(List.of(), dev.godwit.engine.verify.Verifier.differences(live, baseline));
    }
}
