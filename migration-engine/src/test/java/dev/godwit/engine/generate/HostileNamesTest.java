package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.plan.UnsafeSqlException;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 3: generated SQL always applies. Names with quotes of every kind, comment
 * openers, a semicolon, a line break and unicode, in every position (table, column, index,
 * foreign key, check, view), next to literals holding drizzle's statement separator, are
 * generated, applied (local file, local file with foreign keys always on like D1, and D1 through
 * the stand-in), then rebuilt by a second migration with every row kept. What cannot be written
 * safely is refused before anything is written, naming the table and column.
 */
class HostileNamesTest {

    static final String MARKER = SqlLexer.BREAKPOINT;
    /** Every kind of quote, comment openers, a semicolon, a line break and unicode beyond the BMP. */
    static final String H = "it's `b` \"c\" [d] ; -- e /* f */\nüñ😀";
    static final String A = "A " + H;
    static final String B = "B " + H;
    static final String COL = "col " + H;
    static final String DEFAULT1 = "v " + H + " " + MARKER + " '' end";
    static final String DEFAULT2 = "w " + MARKER + H;

    @TempDir
    Path dir;

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static String dq(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** Step 1, or step 2 where the default, the check and a new NOT NULL column of each table force rebuilds. */
    static SchemaDef schema(boolean second) {
        String check = dq(COL) + " <> " + lit("x " + MARKER + " it's `z`") + (second ? " AND " + dq("n " + H) + " >= 0" : "");
        String yaml = "{\"tables\": [\n"
                + "{\"name\": " + json(A) + ", \"columns\": [\n"
                + "  {\"name\": \"id\", \"type\": \"integer\", \"primaryKey\": true},\n"
                + "  {\"name\": " + json(COL) + ", \"type\": \"text\", \"notNull\": true, \"default\": " + json(second ? DEFAULT2 : DEFAULT1) + "},\n"
                + "  {\"name\": " + json("n " + H) + ", \"type\": \"integer\"}"
                + (second ? ",\n  {\"name\": " + json("added " + H) + ", \"type\": \"integer\", \"notNull\": true}" : "") + "],\n"
                + " \"indexes\": [{\"name\": " + json("idx " + H) + ", \"columns\": [" + json(COL) + "], \"where\": "
                + json(dq(COL) + " <> " + lit(MARKER + " ' `")) + "}],\n"
                + " \"uniques\": [{\"name\": " + json("uq " + H) + ", \"columns\": [" + json("n " + H) + "]}],\n"
                + " \"checks\": [{\"name\": " + json("chk " + H) + ", \"expression\": " + json(check) + "}]},\n"
                + "{\"name\": " + json(B) + ", \"columns\": [\n"
                + "  {\"name\": \"id\", \"type\": \"integer\", \"primaryKey\": true},\n"
                + "  {\"name\": " + json("a_id " + H) + ", \"type\": \"integer\"}"
                + (second ? ",\n  {\"name\": " + json("b2 " + H) + ", \"type\": \"text\", \"notNull\": true}" : "") + "],\n"
                + " \"foreignKeys\": [{\"name\": " + json("fk " + H + " " + MARKER) + ", \"columns\": [" + json("a_id " + H) + "],"
                + " \"references\": {\"table\": " + json(A) + ", \"columns\": [\"id\"]}, \"onDelete\": \"cascade\"}]}\n"
                + "],\n"
                + "\"views\": [{\"name\": " + json("view " + H) + ", \"as\": "
                + json("select \"id\", " + lit("k " + MARKER + " `x` \"y\"") + " as k from " + dq(A)) + "}]}\n";
        return YamlSchemaReader.read(yaml, "hostile.yaml");
    }

    @Test
    void hostileNamesAndLiteralsAreGeneratedAndApplyEverywhere() throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(schema(false), folder, GenerateOptions.batch().withName("init"));
        g.generate(schema(true), folder, GenerateOptions.batch().withName("rebuild"));
        for (Path f : List.of(folder.sqlFile(folder.migrations().get(0).tag()), folder.sqlFile(folder.migrations().get(1).tag()))) {
            String text = Files.readString(f);
            for (int i = text.indexOf(MARKER); i >= 0; i = text.indexOf(MARKER, i + 1)) {
                assertTrue(i > 0 && ";\n".indexOf(text.charAt(i - 1)) >= 0 && text.startsWith("\n", i + MARKER.length()),
                        f + ": the separator stands only between statements, at " + i + ": " + text);
            }
        }
        check("local file", path -> SqliteDatabase.open(path), folder);
        check("local file like D1", path -> SqliteDatabase.openLikeD1(path), folder);
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "0123456789abcdef0123456789abcdef", "db-hostile", "hostile-token")) {
            check("D1 stand-in", path -> new D1Database(new D1Settings("0123456789abcdef0123456789abcdef", "db-hostile", "hostile-token",
                    standIn.endpoint()).withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(1))), folder);
        }
    }

    private void check(String where, Function<Path, Database> open, MigrationsFolder folder) {
        Path file = dir.resolve(where.replace(' ', '_') + ".sqlite");
        EngineLog quiet = EngineLog.SILENT;
        try (Database db = open.apply(file)) {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), quiet);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of(
                    "INSERT INTO " + dq(A) + " (\"id\", " + dq(COL) + ", " + dq("n " + H) + ") VALUES (1, " + lit("row " + H) + ", 5);",
                    "INSERT INTO " + dq(A) + " (\"id\", " + dq("n " + H) + ") VALUES (2, 6);",
                    "INSERT INTO " + dq(B) + " (\"id\", " + dq("a_id " + H) + ") VALUES (10, 1), (20, 2);"), false);
            assertEquals(List.of(Map.of("c", DEFAULT1)), db.query("SELECT " + dq(COL) + " AS c FROM " + dq(A) + " WHERE id = 2"), where);
            assertEquals(List.of(Map.of("k", "k " + MARKER + " `x` \"y\"")), db.query("SELECT k FROM " + dq("view " + H) + " WHERE id = 1"), where);
            DatabaseException refused = assertThrows(DatabaseException.class, () -> db.runAtomically(List.of(
                    "INSERT INTO " + dq(A) + " (\"id\", " + dq(COL) + ") VALUES (3, " + lit("x " + MARKER + " it's `z`") + ");"), false), where);
            assertTrue(refused.getMessage().contains("CHECK constraint failed"), where + ": " + refused.getMessage());

            migrator.apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("id", 1L, "c", "row " + H, "added", 0L), Map.of("id", 2L, "c", DEFAULT1, "added", 0L)),
                    db.query("SELECT id, " + dq(COL) + " AS c, " + dq("added " + H) + " AS added FROM " + dq(A) + " ORDER BY id"),
                    where + ": the rebuild keeps every row");
            assertEquals(List.of(Map.of("id", 10L, "b", ""), Map.of("id", 20L, "b", "")),
                    db.query("SELECT id, " + dq("b2 " + H) + " AS b FROM " + dq(B) + " ORDER BY id"), where + ": the cascading child keeps its rows");
            db.runAtomically(List.of("INSERT INTO " + dq(A) + " (\"id\", " + dq("added " + H) + ") VALUES (4, 1);"), false);
            assertEquals(List.of(Map.of("c", DEFAULT2)), db.query("SELECT " + dq(COL) + " AS c FROM " + dq(A) + " WHERE id = 4"), where);
            List<String> names = new ArrayList<>();
            for (Map<String, Object> r : db.query("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf%' ESCAPE '\\' ORDER BY name")) {
                names.add((String) r.get("name"));
            }
            assertEquals(List.of(A, B, "idx " + H, "uq " + H, "view " + H), names, where + ": no leftover temporary table");
            assertEquals(List.of(Map.of("table", A, "on_delete", "CASCADE")),
                    db.query("SELECT \"table\", on_delete FROM pragma_foreign_key_list(?)", B), where);
        }
    }

    @Test
    void aNameHoldingTheSeparatorIsRefusedBeforeAnythingIsWritten() throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String yaml = "{\"tables\": [{\"name\": " + json("t" + MARKER) + ", \"columns\": [{\"name\": " + json("c\n" + MARKER) + ", \"type\": \"text\"}],"
                + " \"indexes\": [{\"name\": " + json("i " + MARKER) + ", \"columns\": [" + json("c\n" + MARKER) + "]}],"
                + " \"checks\": [{\"name\": \"ok\", \"expression\": \"1 -- note\"}, {\"name\": \"semi\", \"expression\": \"1; select 2\"},"
                + " {\"name\": \"open\", \"expression\": \"x <> 'abc\"}, {\"name\": \"bare\", \"expression\": \"1 /* " + MARKER + " */ = 1\"},"
                + " {\"name\": \"paren\", \"expression\": \"x > 0) OR (1\"}]}]}";
        UnsafeSqlException e = assertThrows(UnsafeSqlException.class,
                () -> new Generator().generate(YamlSchemaReader.read(yaml, "bad.yaml"), folder, GenerateOptions.batch()));
        assertEquals("Cannot write a migration for this schema (8 problems):\n"
                + "  - table \"t--> statement-breakpoint\": the name holds drizzle's statement separator \"--> statement-breakpoint\", at which every migrator cuts a migration file (quoting cannot hide it); rename it\n"
                + "  - column \"t--> statement-breakpoint\".\"c\\n--> statement-breakpoint\": the name holds drizzle's statement separator \"--> statement-breakpoint\", at which every migrator cuts a migration file (quoting cannot hide it); rename it\n"
                + "  - table \"t--> statement-breakpoint\", index \"i --> statement-breakpoint\": the name holds drizzle's statement separator \"--> statement-breakpoint\", at which every migrator cuts a migration file (quoting cannot hide it); rename it\n"
                + "  - table \"t--> statement-breakpoint\", check \"ok\": \"1 -- note\" ends in a -- comment, which would swallow the rest of the statement; end the comment with a line break or write it as /* ... */\n"
                + "  - table \"t--> statement-breakpoint\", check \"semi\": \"1; select 2\" holds a ; at character 2, which would end the statement early; remove it\n"
                + "  - table \"t--> statement-breakpoint\", check \"open\": \"x <> 'abc\" leaves a quote open at character 6; close it\n"
                + "  - table \"t--> statement-breakpoint\", check \"bare\": \"1 /* --> statement-breakpoint */ = 1\" holds drizzle's statement separator \"--> statement-breakpoint\" outside a string literal, where it cannot be written safely; remove it (inside a '...' literal it is fine)\n"
                + "  - table \"t--> statement-breakpoint\", check \"paren\": \"x > 0) OR (1\" closes a parenthesis it did not open, at character 6, which would end the surrounding clause early; balance the parentheses",
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("drizzle")), "nothing written");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList());
        }
    }
}
