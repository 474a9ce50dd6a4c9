package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:generate refuses SQL fragments SQLite refuses when the table or index is created (a subquery in a CHECK or WHERE, random()
 * in a generated column, a DEFAULT reading a column). Before, it wrote the migration, which then failed at apply after the
 * statements before it had run (found by the oracle round 12 probes; drizzle-kit writes them too).
 */
class RefusedDeclarationsTest {

    @TempDir
    Path dir;

    private static SchemaDef yaml(String text) {
        return YamlSchemaReader.read(text, "schema.yaml");
    }

    @Test
    void fragmentsSqliteRefusesAreReportedPerTableAndIndexAndNothingIsWritten() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(yaml("""
                tables:
                  - name: o
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: g
                    columns: [{name: id, type: integer, primaryKey: true}, {name: a, type: integer}]
                """), folder, GenerateOptions.batch().withName("init"));
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml("""
                tables:
                  - name: o
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: g
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: a, type: integer}
                      - {name: r, type: integer, generated: {as: "random()", type: virtual}}
                    checks: [{name: a_known, expression: "a in (select id from o)"}]
                  - name: h
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: a, type: integer}
                      - {name: b, type: integer, default: {sql: "(a + 1)"}}
                  - name: k
                    columns: [{name: id, type: integer, primaryKey: true}, {name: a, type: integer}]
                    indexes:
                      - {name: k_recent, columns: [a], where: "a in (select id from o)"}
                      - {name: k_a, columns: [a]}
                """), folder, GenerateOptions.batch().withAcceptDataLoss(true)));
        assertEquals(List.of(
                "schema.yaml line 4 (table \"g\"): SQLite refuses its CREATE TABLE: non-deterministic functions prohibited in generated columns; change the CHECK,"
                        + " DEFAULT or generated column it names",
                "schema.yaml line 10 (table \"h\"): SQLite refuses its CREATE TABLE: default value of column [b] is not constant; change the CHECK, DEFAULT or"
                        + " generated column it names",
                "schema.yaml line 18 (index \"k_recent\" of table \"k\"): index \"k_recent\": SQLite refuses it: subqueries prohibited in partial index WHERE clauses; change its WHERE"
                        + " or expression"), e.problems());
        try (var files = Files.list(folder.dir())) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".sql")).count(), "nothing written");
        }
    }

    /**
     * A CHECK, generated column, index key or index WHERE reading the current time ({@code expires_at > unixepoch()}, a newcomer's
     * "not expired" check or "live sessions" index) was written as it was: SQLite creates the table and index, then refuses every
     * INSERT ("non-deterministic use of unixepoch() in a CHECK constraint"), so the migration applied and the table could not be
     * written. Each is refused at its line; a time read from a column ({@code datetime(created_at, '+1 day')}) and a DEFAULT of
     * {@code (unixepoch())} are fine.
     */
    /**
     * {@code date("now")}: the lexer reads "now" as a quoted name, SQLite as the string 'now' where the table has no column so named
     * (its double-quoted string quirk), so the CHECK read the clock and every INSERT failed; found by a review of the rule above.
     * Where a column is named now, it reads that column, and is left alone.
     */
    @Test
    void aDoubleQuotedNowReadsTheClockUnlessAColumnIsNamedSo() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml("""
                tables:
                  - name: events
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: day, type: text}
                    checks:
                      - {name: events_past, expression: 'day <= date("now")'}
                """), folder, GenerateOptions.batch()));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("reads the current time with date(\"now\"), which SQLite allows in no CHECK"), e.problems().get(0));
        assertFalse(Files.exists(folder.dir()), "nothing written");
        GenerateResult r = new Generator().generate(yaml("""
                tables:
                  - name: events
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: day, type: text}
                      - {name: now, type: text}
                    checks:
                      - {name: events_past, expression: 'day <= date("now")'}
                """), folder, GenerateOptions.batch().withName("init"));
        assertTrue(r.written(), "a column named now is what date(\"now\") reads there");
    }

    @Test
    void aFragmentReadingTheCurrentTimeIsRefusedAtItsLineAndNothingIsWritten() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String tables = """
                tables:
                  - name: sessions
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: created_at, type: integer, default: {sql: "(unixepoch())"}}
                      - {name: expires_at, type: integer}
                      - {name: due, type: text, generated: {as: "datetime(created_at, 'unixepoch', '+1 day')"}}
                """;
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml(tables + """
                      - {name: age, type: integer, generated: {as: "unixepoch() - created_at"}}
                    checks:
                      - {name: sessions_sane, expression: "expires_at > created_at"}
                      - {name: sessions_not_expired, expression: "expires_at > unixepoch()"}
                    indexes:
                      - {name: sessions_live_idx, columns: [expires_at], where: "expires_at > strftime('%s', 'NOW')"}
                      - {name: sessions_day_idx, expressions: ["date(created_at, 'unixepoch', 'localtime')"]}
                      - {name: sessions_expires_idx, columns: [expires_at], where: "expires_at IS NOT NULL"}
                """), folder, GenerateOptions.batch()));
        assertEquals(List.of(
                "schema.yaml line 11 (check \"sessions_not_expired\" of table \"sessions\"): check \"sessions_not_expired\" (expires_at > unixepoch())"
                        + " reads the current time with unixepoch(), which SQLite allows in no CHECK: it creates the table, then refuses every INSERT and"
                        + " UPDATE (\"non-deterministic use of unixepoch() in a CHECK constraint\"). Compare with a time the application passes in"
                        + " (check it in the application), or check against another column",
                "schema.yaml line 8 (column \"sessions\".\"age\"): generated column \"age\" reads the current time with"
                        + " unixepoch(), which SQLite allows in no generated column: it creates the table, then refuses every INSERT (\"non-deterministic"
                        + " use of unixepoch() in a generated column\"). For the time a row is written, use a DEFAULT of (unixepoch()); for a time"
                        + " relative to now, compute it in the query",
                "schema.yaml line 13 (index \"sessions_live_idx\" of table \"sessions\"): index \"sessions_live_idx\" reads the current time with"
                        + " strftime('%s', 'NOW') in its WHERE, which SQLite allows in no index: the CREATE INDEX fails on a table with rows and every"
                        + " INSERT fails on one without (\"non-deterministic use of strftime() in an index\"). Index the column itself (a WHERE such"
                        + " as expires_at IS NOT NULL) and compare with the current time in the query",
                "schema.yaml line 14 (index \"sessions_day_idx\" of table \"sessions\"): index \"sessions_day_idx\" reads the current time with"
                        + " date(created_at, 'unixepoch', 'localtime') in its key, which SQLite allows in no index: the CREATE INDEX fails on a table"
                        + " with rows and every INSERT fails on one without (\"non-deterministic use of date() in an index\"). Index the column"
                        + " itself (a WHERE such as expires_at IS NOT NULL) and compare with the current time in the query"), e.problems());
        assertFalse(Files.exists(folder.dir()), "nothing written");

        // what SQLite does with the check as written: the CREATE TABLE runs, the INSERT fails
        try (dev.godwit.engine.db.SqliteDatabase db = dev.godwit.engine.db.SqliteDatabase.inMemory()) {
            db.runAtomically(List.of("CREATE TABLE s (expires_at integer, CHECK (expires_at > unixepoch()))"), false);
            var insert = assertThrows(dev.godwit.engine.db.DatabaseException.class,
                    () -> db.runAtomically(List.of("INSERT INTO s VALUES (1)"), false));
            assertTrue(String.valueOf(insert.databaseMessage()).contains("non-deterministic use of unixepoch() in a CHECK constraint"), insert.databaseMessage());
        }

        // the same table without them is written
        new Generator().generate(yaml(tables + """
                    checks: [{name: sessions_sane, expression: "expires_at > created_at"}]
                    indexes: [{name: sessions_expires_idx, columns: [expires_at], where: "expires_at IS NOT NULL"}]
                """), folder, GenerateOptions.batch().withName("init"));
        try (var files = Files.list(folder.dir())) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".sql")).count());
        }
    }

    /**
     * A CHECK with a syntax error was reported as the table's ("SQLite refuses its CREATE TABLE: near \")\": syntax error; change the
     * CHECK, DEFAULT or generated column it names"), though SQLite's words name none and a table may hold many: the check is named,
     * at its own line, with its SQL.
     */
    @Test
    void aCheckSqliteRefusesIsNamedAtItsLine() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml("""
                tables:
                  - name: c
                    columns: [{name: id, type: integer, primaryKey: true}, {name: a, type: integer}]
                    checks:
                      - {name: c_a_positive, expression: "a > 0"}
                      - {name: c_a_small, expression: "a <"}
                """), folder, GenerateOptions.batch()));
        assertEquals(List.of("schema.yaml line 6 (check \"c_a_small\" of table \"c\"): check \"c_a_small\" (a <): SQLite refuses it: near \")\":"
                + " syntax error; change its SQL"), e.problems());
    }

    /**
     * A double-quoted name no column has, in a generated column, an index key or WHERE, or a CHECK, was written as it was: SQLite
     * creates the table and takes the name for a string, so {@code lower("lable")} is the text 'lable' for every row (a unique index
     * on it let the table hold one row; the generated column held 'lable'). Refused where it is certainly a typo (the fragment reads
     * no column, or the name is a typo away from one); a string meant as one beside a column ({@code coalesce(label, "anon")},
     * {@code status <> "done"}), a qualified name and rowid are left alone.
     */
    @Test
    void aDoubleQuotedNameNoColumnHasInATablesFragmentIsRefusedWhereItIsCertainlyATypo() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String columns = """
                tables:
                  - name: tags
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: label, type: text}
                      - {name: status, type: text}
                """;
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml(columns + """
                      - {name: label_key, type: text, generated: {as: 'lower("lable")', type: virtual}}
                      - {name: first, type: text, generated: {as: 'coalesce("lable", "status")', type: virtual}}
                    indexes:
                      - {name: tags_label_uq, unique: true, keys: [{expression: 'lower("lable")'}]}
                      - {name: tags_open, columns: [id], where: '"stauts" <> ''done'''}
                    checks: [{name: tags_status, expression: '"stat" in (''open'', ''done'')'}]
                """), folder, GenerateOptions.batch().withName("init")));
        assertEquals(List.of(
                "schema.yaml line 7 (column \"tags\".\"label_key\"): generated column \"label_key\": \"lable\" is no column of the table (did you mean"
                        + " \"label\"?), so SQLite takes it for the string 'lable' (its double-quoted string quirk; SQLite creates the table all the same)"
                        + " and the column would hold that text in every row; write the column's name, or the text in single quotes",
                "schema.yaml line 8 (column \"tags\".\"first\"): generated column \"first\": \"lable\" is no column of the table (did you mean"
                        + " \"label\"?), so SQLite takes it for the string 'lable' (its double-quoted string quirk; SQLite creates the table all the same)"
                        + " and the column would hold that text in every row; write the column's name, or the text in single quotes",
                "schema.yaml line 10 (index \"tags_label_uq\" of table \"tags\"): index \"tags_label_uq\": the key lower(\"lable\"): \"lable\" is no"
                        + " column of the table (did you mean \"label\"?), so SQLite takes it for the string 'lable' (its double-quoted string quirk;"
                        + " SQLite creates the table all the same) and the key would be that text for every row (so a second row breaks the unique"
                        + " index); write the column's name",
                "schema.yaml line 11 (index \"tags_open\" of table \"tags\"): index \"tags_open\": its WHERE: \"stauts\" is no column of the table"
                        + " (did you mean \"status\"?), so SQLite takes it for the string 'stauts' (its double-quoted string quirk; SQLite creates the"
                        + " table all the same) and the WHERE would be the same for every row; write the column's name",
                "schema.yaml line 12 (check \"tags_status\" of table \"tags\"): check \"tags_status\": \"stat\" is no column of the table, so SQLite"
                        + " takes it for the string 'stat' (its double-quoted string quirk; SQLite creates the table all the same) and the check would be"
                        + " the same for every row (failing every insert, or none); write the column's name"), e.problems());
        assertEquals(false, Files.exists(folder.dir()) && Files.list(folder.dir()).anyMatch(p -> p.toString().endsWith(".sql")), "nothing written");
        var r = new Generator().generate(yaml(columns + """
                      - {name: label_key, type: text, generated: {as: 'coalesce(lower("label"), "anon")', type: virtual}}
                    indexes:
                      - {name: tags_label_uq, unique: true, keys: [{expression: 'lower("label")'}]}
                      - {name: tags_open, columns: [id], where: 'status <> "done" and "rowid" > 0'}
                    checks: [{name: tags_status, expression: '"tags"."status" in ("open", "done")'}]
                """), folder, GenerateOptions.batch().withName("init"));
        assertEquals(true, r.written());
    }

    /**
     * A table of 2,001 columns with a CHECK was refused with "too many columns on wide; change the CHECK, DEFAULT or generated
     * column it names", though none is at fault, and one without a CHECK, DEFAULT or generated column was not tried at all: the
     * migration was written and failed at apply. Both now say how many columns the table has, SQLite's limit and to split it.
     */
    @Test
    void aTableOverSqlitesColumnLimitIsRefusedWithTheCountAndTheLimit() throws Exception {
        StringBuilder wide = new StringBuilder("tables:\n  - name: wide\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n");
        for (int i = 1; i <= 2000; i++) wide.append("      - {name: c").append(i).append(", type: integer}\n");
        StringBuilder plain = new StringBuilder(wide.toString().replace("name: wide", "name: plain"));
        wide.append("    checks: [{name: wide_c1_ck, expression: \"c1 > 0\"}]\n");
        for (StringBuilder schema : List.of(wide, plain)) {
            String table = schema == wide ? "wide" : "plain";
            MigrationsFolder folder = MigrationsFolder.at(dir.resolve(table));
            SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml(schema.toString()), folder,
                    GenerateOptions.batch().withName("init")));
            assertEquals(List.of("schema.yaml line 2 (table \"" + table + "\"): the table has 2,001 columns and SQLite allows at most 2,000 in a"
                    + " table (Cloudflare D1: 100), so its CREATE TABLE would fail; split the table"), e.problems());
            assertEquals(false, Files.exists(folder.dir()) && Files.list(folder.dir()).findAny().isPresent(), "nothing written");
        }
        StringBuilder fits = new StringBuilder(plain.toString().replace("      - {name: c2000, type: integer}\n", ""));
        assertEquals(true, new Generator().generate(yaml(fits.toString()), MigrationsFolder.at(dir.resolve("fits")), GenerateOptions.batch().withName("init")).written());
    }

    /** db:push said only SQLite's raw words for such a fragment; it now refuses it as db:generate does, before the database is touched. */
    @Test
    void dbPushRefusesTheSameFragmentsBeforeTouchingTheDatabase() {
        try (dev.godwit.engine.db.SqliteDatabase db = dev.godwit.engine.db.SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            SchemaException e = assertThrows(SchemaException.class, () -> new dev.godwit.engine.push.Pusher(db, dev.godwit.engine.EngineLog.SILENT,
                    java.util.Set.of()).push(yaml("""
                    tables:
                      - name: h
                        columns:
                          - {name: id, type: integer, primaryKey: true}
                          - {name: a, type: integer}
                          - {name: b, type: integer, default: {sql: "(a + 1)"}}
                    """), false, null));
            assertEquals(List.of("schema.yaml line 2 (table \"h\"): SQLite refuses its CREATE TABLE: default value of column [b] is not constant; change the CHECK,"
                    + " DEFAULT or generated column it names"), e.problems());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master"), "nothing created");
        }
    }

    /** Only a table declaring SQL that SQLite checks at CREATE is tried, so a schema without any costs db:generate no database. */
    @Test
    void onlyTablesWithSqlFragmentsAreTried() {
        SchemaDef s = YamlSchemaReader.read("""
                tables:
                  - name: plain
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: name, type: text, notNull: true, default: "it's", unique: true}
                      - {name: n, type: integer, default: 3}
                    indexes: [{name: plain_n, columns: [n]}]
                  - name: stamped
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: at, type: integer, default: {sql: "(unixepoch())"}}
                      - {name: day, type: text, default: {sql: "CURRENT_DATE"}}
                  - name: derived
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: copy, type: integer, default: {sql: "(id + 1)"}}
                  - name: checked
                    columns: [{name: id, type: integer, primaryKey: true}]
                    checks: [{name: positive, expression: "id > 0"}]
                  - name: partial
                    columns: [{name: id, type: integer, primaryKey: true}, {name: n, type: integer}]
                    indexes: [{name: partial_n, columns: [n], where: "n > 0"}]
                  - name: computed
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: twice, type: integer, generated: {as: "id * 2", type: virtual}}
                """, "s.yaml");
        // a DEFAULT that reads nothing cannot be refused (the usual timestamps); one naming a column can
        assertEquals(List.of(false, false, true, true, true, true), s.tables().stream().map(RefusedDeclarations::hasFragments).toList());
    }

    /**
     * SQLite creates a view without checking what it reads, so a view naming a column no table has (a typo) or a column two of its
     * tables have was written and applied, and every query on it failed (db:verify said so, after the fact). db:generate now reads
     * each new or changed view over the schema's tables and refuses it before writing anything.
     */
    @Test
    void aViewReadingAColumnNoTableHasOrAnAmbiguousOneIsRefusedAndNothingIsWritten() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String tables = """
                tables:
                  - name: a
                    columns: [{name: id, type: integer, primaryKey: true}, {name: email, type: text}]
                  - name: b
                    columns: [{name: id, type: integer, primaryKey: true}, {name: a_id, type: integer}]
                """;
        new Generator().generate(yaml(tables), folder, GenerateOptions.batch().withName("init"));
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml(tables + """
                views:
                  - {name: emails, as: "select id, emial from a"}
                  - {name: pairs, as: "select id from a join b on b.a_id = a.id"}
                  - {name: fine, as: "select a.id, b.id as b_id from a join b on b.a_id = a.id"}
                """), folder, GenerateOptions.batch()));
        assertEquals(List.of(
                "schema.yaml line 7 (view \"emails\"): SQLite cannot read it: no such column: emial (SQLite creates a view without checking what it reads, so the"
                        + " migration would apply and every query on the view fail); change its SQL in the schema",
                "schema.yaml line 8 (view \"pairs\"): SQLite cannot read it: ambiguous column name: id (SQLite creates a view without checking what it reads, so the"
                        + " migration would apply and every query on the view fail); change its SQL in the schema"), e.problems());
        try (var files = Files.list(folder.dir())) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".sql")).count(), "nothing written");
        }
    }

    /**
     * A view reading a table the schema does not declare is not refused (a custom migration may make it: an FTS5 table), and was
     * written without a word where the name was a typo of a declared table ({@code from post} for {@code posts}), every query on
     * the view then failing. Such a near name is warned of now, naming the view's line and the table meant.
     */
    @Test
    void aViewReadingATableATypoAwayFromADeclaredOneIsWarnedOf() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String tables = """
                tables:
                  - name: posts
                    columns: [{name: id, type: integer, primaryKey: true}, {name: title, type: text}]
                """;
        new Generator().generate(yaml(tables), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = new Generator().generate(yaml(tables + """
                views:
                  - {name: titles, as: "select id, title from post"}
                  - {name: found, as: "select rowid from posts_search where posts_search match 'x'"}
                """), folder, GenerateOptions.batch().withName("views"));
        assertTrue(r.written(), "not refused: a custom migration may make what it reads");
        assertEquals(List.of("schema.yaml line 5 (view \"titles\"): it reads \"post\", which the schema does not declare (did you mean \"posts\"?)."
                + " Unless a custom migration makes it, every query on the view fails with \"no such table: main.post\"; SQLite creates a view"
                + " without checking what it reads"), r.warnings());
    }

    /**
     * The typo warning is for a table nothing makes: where a custom migration of the folder creates the table the view reads
     * ({@code post_tags}, beside a declared {@code posts_tags}), the view works once applied and was warned of all the same. A view
     * reading a near name nothing makes is still warned of in the same run.
     */
    @Test
    void aViewReadingATableACustomMigrationMakesIsNotWarnedOf() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String tables = """
                tables:
                  - name: posts
                    columns: [{name: id, type: integer, primaryKey: true}, {name: title, type: text}]
                  - name: posts_tags
                    columns: [{name: post_id, type: integer}, {name: tag, type: text}]
                """;
        new Generator().generate(yaml(tables), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(yaml(tables), folder, GenerateOptions.batch().withName("legacy").withCustom(true));
        Path custom = folder.sqlFile("0001_legacy");
        Files.writeString(custom, Files.readString(custom) + "CREATE TABLE post_tags (post_id integer, tag text);\n");
        GenerateResult r = new Generator().generate(yaml(tables + """
                views:
                  - {name: legacy_tags, as: "select post_id, tag from post_tags"}
                  - {name: titles, as: "select id, title from post"}
                """), folder, GenerateOptions.batch().withName("views"));
        assertTrue(r.written());
        assertEquals(List.of("schema.yaml line 8 (view \"titles\"): it reads \"post\", which the schema does not declare (did you mean \"posts\"?)."
                + " Unless a custom migration makes it, every query on the view fails with \"no such table: main.post\"; SQLite creates a view"
                + " without checking what it reads"), r.warnings());
    }

    /**
     * SQLite names one missing table at a time: a view reading a table a custom migration makes ({@code post_tags}) and a typo
     * ({@code post} beside {@code posts}) was passed without a word once the first was found made (df8cf811), though every query on
     * it fails with "no such table: main.post"; so was one reading a column that table lacks. The view is read again with what the
     * migrations make: the typo is warned of, the column refused as one of a declared table is.
     */
    @Test
    void aViewReadingATableACustomMigrationMakesIsStillCheckedPastIt() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String tables = """
                tables:
                  - name: posts
                    columns: [{name: id, type: integer, primaryKey: true}, {name: title, type: text}]
                  - name: posts_tags
                    columns: [{name: post_id, type: integer}, {name: tag, type: text}]
                """;
        new Generator().generate(yaml(tables), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(yaml(tables), folder, GenerateOptions.batch().withName("legacy").withCustom(true));
        Path custom = folder.sqlFile("0001_legacy");
        Files.writeString(custom, Files.readString(custom) + "CREATE TABLE post_tags (post_id integer, tag text);\n--> statement-breakpoint\n"
                + "CREATE VIRTUAL TABLE tag_search USING fts5(tag);\n");
        GenerateResult r = new Generator().generate(yaml(tables + """
                views:
                  - {name: legacy_tags, as: "select p.title, t.tag from post_tags t join post p on p.id = t.post_id"}
                  - {name: found_tags, as: "select s.tag, p.title from tag_search s join post_tags t on t.tag = s.tag join post p on p.id = t.post_id"}
                """), folder, GenerateOptions.batch().withName("views"));
        assertTrue(r.written());
        assertEquals(List.of("schema.yaml line 7 (view \"legacy_tags\"): it reads \"post\", which the schema does not declare (did you mean \"posts\"?)."
                + " Unless a custom migration makes it, every query on the view fails with \"no such table: main.post\"; SQLite creates a view"
                + " without checking what it reads", "schema.yaml line 8 (view \"found_tags\"): it reads \"post\", which the schema does not declare"
                + " (did you mean \"posts\"?). Unless a custom migration makes it, every query on the view fails with \"no such table: main.post\";"
                + " SQLite creates a view without checking what it reads"), r.warnings());

        String journal = Files.readString(folder.journalFile());
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml(tables + """
                views:
                  - {name: tag_list, as: "select t.tagg from post_tags t"}
                """), folder, GenerateOptions.batch().withName("more")));
        assertEquals("Invalid schema: schema.yaml line 7 (view \"tag_list\"): SQLite cannot read it: no such column: t.tagg (SQLite creates a"
                + " view without checking what it reads, so the migration would apply and every query on the view fail); change its SQL in the schema",
                e.getMessage());
        assertEquals(journal, Files.readString(folder.journalFile()), "nothing written");
    }

    /**
     * A view whose SELECT SQLite cannot parse ({@code selec id frm a}, a cut-off WHERE, a parameter) was written: the view
     * check read it, found no view (its CREATE had failed) and took that for a view over something the schema does not declare.
     * SQLite parses the SELECT at CREATE VIEW, so the migration failed when applied. Refused before anything is written.
     */
    @Test
    void aViewSqliteCannotParseIsRefusedAndNothingIsWritten() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String tables = """
                tables:
                  - name: a
                    columns: [{name: id, type: integer, primaryKey: true}, {name: email, type: text}]
                """;
        new Generator().generate(yaml(tables), folder, GenerateOptions.batch().withName("init"));
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml(tables + """
                views:
                  - {name: typo, as: "selec id frm a"}
                  - {name: cut, as: "select id from a where"}
                  - {name: param, as: "select id from a where id = ?"}
                  - {name: fine, as: "select id from a"}
                """), folder, GenerateOptions.batch()));
        assertEquals(List.of(
                "schema.yaml line 5 (view \"typo\"): SQLite refuses its CREATE VIEW: near \"selec\": syntax error (the migration would fail when"
                        + " applied); change its SQL in the schema",
                "schema.yaml line 6 (view \"cut\"): SQLite refuses its CREATE VIEW: incomplete input (the migration would fail when applied);"
                        + " change its SQL in the schema",
                "schema.yaml line 7 (view \"param\"): SQLite refuses its CREATE VIEW: parameters are not allowed in views (the migration would"
                        + " fail when applied); change its SQL in the schema"), e.problems());
        try (var files = Files.list(folder.dir())) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".sql")).count(), "nothing written");
        }
    }

    /**
     * {@code SELECT "nme" FROM t}: SQLite reads a double-quoted name no table has as the string 'nme' (its double-quoted string
     * quirk), so the view was written and returned the text on every row; a SQLite built as SQLite recommends (without the quirk)
     * refuses it. Refused with the fix; double-quoted names that exist (columns, tables, aliases) are fine, and so is a string
     * written so elsewhere ({@code where name = "bob"}), which SQLite takes as what was meant.
     */
    @Test
    void aViewReadingADoubleQuotedNameNoTableHasIsRefusedAsTheStringSqliteWouldMakeOfIt() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        String tables = """
                tables:
                  - name: t
                    columns: [{name: id, type: integer, primaryKey: true}, {name: name, type: text}]
                views:
                """;
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml(tables + """
                  - {name: v, as: 'select id, "nme" from t'}
                  - {name: w, as: 'select id, "bob" as who from t where name = "bob"'}
                """), folder, GenerateOptions.batch().withName("init")));
        assertEquals(List.of(
                "schema.yaml line 5 (view \"v\"): \"nme\" is no column of what the view reads, so SQLite takes it for the string 'nme' (its"
                        + " double-quoted string quirk) and the view would show that text in every row, while a SQLite built without the quirk, as"
                        + " SQLite recommends, refuses it; write 'nme' in single quotes for a string, or the column's name",
                "schema.yaml line 6 (view \"w\"): \"bob\" is no column of what the view reads, so SQLite takes it for the string 'bob' (its"
                        + " double-quoted string quirk) and the view would show that text in every row, while a SQLite built without the quirk, as"
                        + " SQLite recommends, refuses it; write 'bob' in single quotes for a string, or the column's name"), e.problems());
        assertEquals(false, Files.exists(folder.dir()) && Files.list(folder.dir()).anyMatch(p -> p.toString().endsWith(".sql")), "nothing written");
        var r = new Generator().generate(yaml(tables + """
                  - {name: v, as: 'select "id", "name" as "the name" from "t" where "t"."name" = ''bob'''}
                  - {name: w, as: 'select x."the name", "id" from "v" as x where x."the name" = "bob" or "id" in (select "id" from t)'}
                """), folder, GenerateOptions.batch().withName("init"));
        assertEquals(true, r.written());
    }

    /**
     * A double-quoted string in a subquery that only tests or sorts ({@code where exists (select "x" from u)},
     * {@code name in (select "paid")}, {@code order by (select "zz")}) was refused as a view result column "the view would show
     * in every row": the check looked at every SELECT's columns, whatever clause the subquery sat in. It is a string in a WHERE,
     * which the check leaves alone; subqueries whose values the view shows (in FROM, in a result column) are still read.
     */
    @Test
    void aDoubleQuotedStringInASubqueryThatOnlyTestsIsLeftAloneAsInAWhere() throws Exception {
        String tables = """
                tables:
                  - name: t
                    columns: [{name: id, type: integer, primaryKey: true}, {name: name, type: text}]
                  - name: u
                    columns: [{name: uid, type: integer, primaryKey: true}, {name: t_id, type: integer}]
                views:
                """;
        var r = new Generator().generate(yaml(tables + """
                  - {name: a, as: 'select id from t where exists (select "x" from u where u.t_id = t.id)'}
                  - {name: b, as: 'select id from t where name in (select "paid")'}
                  - {name: c, as: 'select id from t join u on u.t_id = t.id and t.name in (select "paid") order by (select "zz")'}
                  - {name: d, as: 'select name, count(*) from t group by name having name <> (select "none")'}
                """), MigrationsFolder.at(dir.resolve("ok")), GenerateOptions.batch().withName("init"));
        assertEquals(true, r.written());
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(yaml(tables + """
                  - {name: e, as: 'select id, (select "zz") as z from t'}
                  - {name: f, as: 'select id, q from t join (select "zz" as q, t_id from u) x on x.t_id = t.id'}
                """), MigrationsFolder.at(dir.resolve("refused")), GenerateOptions.batch().withName("init")));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertEquals(true, e.problems().get(0).startsWith("schema.yaml line 7 (view \"e\"): \"zz\" is no column of what the view reads"), e.problems().toString());
        assertEquals(true, e.problems().get(1).startsWith("schema.yaml line 8 (view \"f\"): \"zz\" is no column of what the view reads"), e.problems().toString());
    }

    /** A Java view SQLite cannot read is named by its class (the view check named the view alone, where other view errors name the class). */
    @Test
    void aJavaViewSqliteCannotReadIsNamedByItsClass() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef schema = dev.godwit.schema.SchemaCollector.collect(List.of(Accounts.ACCOUNTS, Emails.EMAILS));
        SchemaException e = assertThrows(SchemaException.class, () -> new Generator().generate(schema, folder, GenerateOptions.batch()));
        assertEquals(List.of("class " + Emails.class.getName() + " (view \"emails\"): SQLite cannot read it: no such column: emial (SQLite"
                + " creates a view without checking what it reads, so the migration would apply and every query on the view fail); change its"
                + " SQL in the schema"), e.problems());
    }

    static final class Accounts extends dev.godwit.schema.Table {
        static final Accounts ACCOUNTS = new Accounts();
        final dev.godwit.schema.Column id = integer("id").primaryKey();
        final dev.godwit.schema.Column email = text("email");

        private Accounts() {
            super("accounts");
        }
    }

    static final class Emails extends dev.godwit.schema.View {
        static final Emails EMAILS = new Emails();

        private Emails() {
            super("emails", "select id, emial from accounts");
        }
    }

    /** A view may read what the schema does not declare (an FTS5 table a custom migration makes, a view over it): not refused. */
    @Test
    void aViewOverATableTheSchemaDoesNotDeclareIsWritten() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        var r = new Generator().generate(yaml("""
                tables:
                  - name: a
                    columns: [{name: id, type: integer, primaryKey: true}]
                views:
                  - {name: hits, as: "select rowid, body from docs where docs match 'x'"}
                  - {name: ids, as: "select a.id from a join docs on docs.rowid = a.id"}
                """), folder, GenerateOptions.batch().withName("init"));
        String sql = Files.readString(r.sqlFile());
        assertEquals(true, sql.contains("CREATE VIEW `hits` AS select rowid, body from docs where docs match 'x';"), sql);
        assertEquals(true, sql.contains("CREATE VIEW `ids` AS"), sql);
    }

    /** db:push reads a new view the same way, before the database is touched. */
    @Test
    void dbPushRefusesAViewReadingAColumnNoTableHas() {
        try (dev.godwit.engine.db.SqliteDatabase db = dev.godwit.engine.db.SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            SchemaException e = assertThrows(SchemaException.class, () -> new dev.godwit.engine.push.Pusher(db, dev.godwit.engine.EngineLog.SILENT,
                    java.util.Set.of()).push(yaml("""
                    tables:
                      - name: a
                        columns: [{name: id, type: integer, primaryKey: true}]
                    views:
                      - {name: v, as: "select nope from a"}
                    """), false, null));
            assertEquals(List.of("schema.yaml line 5 (view \"v\"): SQLite cannot read it: no such column: nope (SQLite creates a view without checking what it reads,"
                    + " so the migration would apply and every query on the view fail); change its SQL in the schema"), e.problems());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master"), "nothing created");
        }
    }
}
