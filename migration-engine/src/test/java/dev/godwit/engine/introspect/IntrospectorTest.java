package dev.godwit.engine.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Raw DDL, as other tools or hands write it, read back into the exact model. */
class IntrospectorTest {

    static SchemaDef introspect(Set<String> exclude, String... ddl) {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(List.of(ddl), false);
            return Introspector.introspect(db, exclude);
        }
    }

    static IntrospectionResult inspect(String... ddl) {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(List.of(ddl), false);
            return Introspector.inspect(db, Set.of());
        }
    }

    static ColumnDef col(String name, String type) {
        return ColumnDef.of(name, type);
    }

    /** A virtual table is left out with a warning, and so are the tables it keeps its data in (FTS4's _content, FTS5's _data, …). */
    /** Columns "Ä" and "ä" are two to SQLite, each with its own type, default and NOT NULL. */
    /** A trigger has no place in the model: left out with a warning that says where to keep it. */
    @Test
    void triggersAreLeftOutWithAWarning() {
        IntrospectionResult r = inspect("CREATE TABLE notes (id integer PRIMARY KEY, body text)", "CREATE TABLE log (what text)",
                "CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN INSERT INTO log VALUES ('insert'); END");
        assertTrue(r.warnings().contains("trigger \"notes_ai\" on \"notes\" is left out (the model has no place for triggers); keep it in a custom"
                + " migration (mvn db:generate -Ddb.custom) holding its CREATE TRIGGER, written CREATE TRIGGER IF NOT EXISTS: this database has it already, and a plain"
                + " CREATE TRIGGER would fail on it (or record that migration here with db:baseline)"), r.warnings().toString());
    }

    /**
     * The trigger warning printed a name holding a double quote as it is ("odd "name""), no name DROP TRIGGER takes, where the
     * pre-flight's and db:verify's trigger findings quote it as SQL does.
     */
    @Test
    void aTriggerNamedWithADoubleQuoteIsNamedAsSqlQuotesIt() {
        IntrospectionResult r = inspect("CREATE TABLE \"my \"\"notes\"\"\" (id integer PRIMARY KEY, body text)", "CREATE TABLE log (what text)",
                "CREATE TRIGGER \"odd \"\"name\"\"\" AFTER INSERT ON \"my \"\"notes\"\"\" BEGIN INSERT INTO log VALUES ('insert'); END");
        assertTrue(r.warnings().contains("trigger \"odd \"\"name\"\"\" on \"my \"\"notes\"\"\" is left out (the model has no place for triggers);"
                + " keep it in a custom migration (mvn db:generate -Ddb.custom) holding its CREATE TRIGGER, written CREATE TRIGGER IF NOT EXISTS: this database has it already, and a plain"
                + " CREATE TRIGGER would fail on it (or record that migration here with db:baseline)"), r.warnings().toString());
    }

    /** The other warnings named tables, views and virtual tables as "my "notes"", no name SQL takes; they quote as SQL does too. */
    @Test
    void tablesViewsAndVirtualTablesWithADoubleQuoteAreNamedAsSqlQuotesThem() {
        IntrospectionResult r = inspect("CREATE TABLE \"my \"\"notes\"\"\" (id integer PRIMARY KEY, body text) WITHOUT ROWID",
                "CREATE VIRTUAL TABLE \"odd \"\"fts\"\"\" USING fts5(body)",
                "CREATE VIEW \"v \"\"1\"\"\" (n) AS SELECT id FROM \"my \"\"notes\"\"\"");
        String all = String.join("\n", r.warnings());
        assertTrue(all.contains("table \"my \"\"notes\"\"\" is WITHOUT ROWID, which the pulled schema does not say"), all);
        assertTrue(all.contains("table \"odd \"\"fts\"\"\" is a virtual table; it is left out"), all);
        assertTrue(all.contains("view \"v \"\"1\"\"\" names its columns (\"n\")"), all);
    }

    @Test
    void columnsDifferingInNonAsciiCaseKeepTheirOwnDefinitions() {
        SchemaDef s = introspect(Set.of(), "CREATE TABLE t (id integer PRIMARY KEY, \"Ä\" integer NOT NULL DEFAULT 1, \"ä\" text)");
        TableDef t = s.table("t").orElseThrow();
        assertEquals("integer", t.column("Ä").orElseThrow().type());
        assertEquals(true, t.column("Ä").orElseThrow().notNull());
        assertEquals("text", t.column("ä").orElseThrow().type());
        assertEquals(false, t.column("ä").orElseThrow().notNull());
        assertEquals(null, t.column("ä").orElseThrow().defaultValue());
    }

    @Test
    void virtualTablesAndTheirShadowTablesAreLeftOut() {
        IntrospectionResult r = inspect("CREATE TABLE notes (id integer PRIMARY KEY, body text)", "CREATE VIRTUAL TABLE search4 USING fts4(body)",
                "CREATE VIRTUAL TABLE search5 USING fts5(body)", "CREATE TABLE search4_archive (id integer PRIMARY KEY)");
        assertEquals(List.of("notes", "search4_archive"), r.schema().tables().stream().map(TableDef::name).toList());
        assertEquals(2, r.warnings().stream().filter(w -> w.contains("is a virtual table; it is left out")).count(), r.warnings().toString());
    }

    /** As a trigger's warning: what comes of leaving it out (a new database has no search index) and the custom migration that keeps it. */
    @Test
    void aVirtualTableLeftOutIsSaidWithTheCustomMigrationThatKeepsIt() {
        IntrospectionResult r = inspect("CREATE TABLE notes (id integer PRIMARY KEY, body text)", "CREATE VIRTUAL TABLE search USING fts5(body)");
        String w = r.warnings().stream().filter(x -> x.startsWith("table \"search\"")).findFirst().orElseThrow();
        assertTrue(w.contains("the baseline migration does not create it on a new database"), w);
        assertTrue(w.contains("mvn db:generate -Ddb.custom") && w.contains("CREATE VIRTUAL TABLE IF NOT EXISTS"), w);
    }

    @Test
    void keywordsAndOddIdentifiers() {
        SchemaDef s = introspect(Set.of(),
                "CREATE TABLE \"order\" (\"select\" integer PRIMARY KEY NOT NULL, `from` text, [group by] text, \"we\"\"ird`\" text NOT NULL,"
                        + " \"with space\" text)",
                "CREATE INDEX \"idx \"\"q\"\"\" ON \"order\" (`from`, \"we\"\"ird`\")");
        TableDef t = s.table("order").orElseThrow();
        assertEquals(List.of(
                col("select", "integer").withPrimaryKey(true),
                col("from", "text"),
                col("group by", "text"),
                col("we\"ird`", "text").withNotNull(true),
                col("with space", "text")), t.columns());
        assertEquals(List.of(IndexDef.onColumns("idx \"q\"", List.of("from", "we\"ird`"), false, null)), t.indexes());
    }

    @Test
    void compositePrimaryKeyAndAutoincrement() {
        SchemaDef s = introspect(Set.of(),
                "CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, n text)",
                "CREATE TABLE b (x integer NOT NULL, y text NOT NULL, PRIMARY KEY (y, x))",
                "CREATE TABLE c (x integer, y integer, CONSTRAINT \"c pk\" PRIMARY KEY (x, y))",
                "CREATE TABLE d (id integer, PRIMARY KEY (id))");
        TableDef a = s.table("a").orElseThrow();
        assertEquals(col("id", "INTEGER").withPrimaryKey(true).withAutoincrement(true), a.columns().get(0));
        assertNull(a.primaryKey());
        TableDef b = s.table("b").orElseThrow();
        assertEquals(new PrimaryKeyDef("b_y_x_pk", List.of("y", "x")), b.primaryKey());
        assertEquals(List.of(col("x", "integer").withNotNull(true), col("y", "text").withNotNull(true)), b.columns());
        assertEquals(new PrimaryKeyDef("c pk", List.of("x", "y")), s.table("c").orElseThrow().primaryKey());
        assertEquals(List.of(col("id", "integer").withPrimaryKey(true)), s.table("d").orElseThrow().columns());
        assertEquals(List.of("a", "b", "c", "d"), s.tableNames(), "sqlite_sequence is left out");
    }

    @Test
    void defaultsOfEveryKind() {
        SchemaDef s = introspect(Set.of(),
                "CREATE TABLE t (i integer DEFAULT 42, neg integer DEFAULT -7, r real DEFAULT 1.50, e real DEFAULT 1e-7,"
                        + " b integer DEFAULT true, f integer DEFAULT FALSE, s text DEFAULT 'it''s', j text DEFAULT '{\"a\":1}',"
                        + " ts text DEFAULT CURRENT_TIMESTAMP, ex integer DEFAULT (unixepoch()), n text DEFAULT NULL,"
                        + " x blob DEFAULT x'00ff', big numeric DEFAULT 123456789012345678901234567890, h integer DEFAULT 0x10)");
        List<DefaultValue> d = s.table("t").orElseThrow().columns().stream().map(ColumnDef::defaultValue).toList();
        assertEquals(List.of(
                DefaultValue.number(42),
                DefaultValue.number(-7),
                DefaultValue.number(1.5),
                DefaultValue.number(1e-7),
                DefaultValue.bool(true),
                DefaultValue.bool(false),
                DefaultValue.string("it's"),
                DefaultValue.string("{\"a\":1}"),
                DefaultValue.sql("CURRENT_TIMESTAMP"),
                DefaultValue.sql("(unixepoch())"),
                DefaultValue.sql("NULL"),
                DefaultValue.sql("x'00ff'"),
                new DefaultValue(DefaultValue.Kind.NUMBER, "123456789012345678901234567890"),
                DefaultValue.sql("0x10")), d);
    }

    @Test
    void partialExpressionAndUniqueIndexes() {
        SchemaDef s = introspect(Set.of(),
                "CREATE TABLE u (id integer PRIMARY KEY, email text UNIQUE, org integer, nick text, code text,"
                        + " CONSTRAINT \"u org nick\" UNIQUE (org, nick), UNIQUE (code, org))",
                "CREATE UNIQUE INDEX u_code_uq ON u (code)",
                "CREATE INDEX u_lower ON u (lower(email), org) WHERE email IS NOT NULL AND org > 0",
                "CREATE INDEX u_desc ON u (nick DESC)",
                "CREATE INDEX \"u_case\" ON u (ORG)");
        TableDef t = s.table("u").orElseThrow();
        assertEquals(List.of(
                IndexDef.onColumns("u_email_unique", List.of("email"), true, null),
                IndexDef.onColumns("u org nick", List.of("org", "nick"), true, null),
                IndexDef.onColumns("u_code_org_unique", List.of("code", "org"), true, null),
                IndexDef.onColumns("u_code_uq", List.of("code"), true, null),
                new IndexDef("u_lower", List.of(IndexDef.Key.expression("lower(email)"), IndexDef.Key.column("org")), false,
                        "email IS NOT NULL AND org > 0"),
                new IndexDef("u_desc", List.of(IndexDef.Key.expression("nick DESC")), false, null),
                IndexDef.onColumns("u_case", List.of("org"), false, null)), t.indexes());
    }

    @Test
    void foreignKeysCompositeSelfAndNamed() {
        SchemaDef s = introspect(Set.of(),
                "CREATE TABLE p (a integer NOT NULL, b text NOT NULL, PRIMARY KEY (a, b))",
                "CREATE TABLE \"Q\" (id integer PRIMARY KEY)",
                "CREATE TABLE k (id integer PRIMARY KEY, parent integer REFERENCES k(id) ON DELETE SET NULL,"
                        + " pa integer, pb text, owner integer CONSTRAINT \"owner fk\" REFERENCES q ON UPDATE CASCADE,"
                        + " CONSTRAINT k_p FOREIGN KEY (pa, pb) REFERENCES p(a, b) ON DELETE CASCADE ON UPDATE RESTRICT,"
                        + " FOREIGN KEY (id) REFERENCES k ON DELETE NO ACTION)");
        TableDef k = s.table("k").orElseThrow();
        assertEquals(List.of(
                new ForeignKeyDef("k_parent_k_id_fk", "k", List.of("parent"), "k", List.of("id"), FkAction.SET_NULL, FkAction.NO_ACTION),
                new ForeignKeyDef("owner fk", "k", List.of("owner"), "Q", List.of("id"), FkAction.NO_ACTION, FkAction.CASCADE),
                new ForeignKeyDef("k_p", "k", List.of("pa", "pb"), "p", List.of("a", "b"), FkAction.CASCADE, FkAction.RESTRICT),
                new ForeignKeyDef("k_id_k_id_fk", "k", List.of("id"), "k", List.of("id"), FkAction.NO_ACTION, FkAction.NO_ACTION)),
                k.foreignKeys());
    }

    @Test
    void namesDifferingOnlyInTheCaseOfNonAsciiLettersAreTwoTablesAsInSqlite() {
        // SQLite folds the case of ASCII letters only: "Ä" and "ä" are two tables, each with its own columns and keys.
        SchemaDef s = introspect(Set.of(),
                "CREATE TABLE \"Ä\" (a integer PRIMARY KEY)",
                "CREATE TABLE \"ä\" (b text PRIMARY KEY, c integer)",
                "CREATE INDEX \"ä_c\" ON \"ä\" (c)",
                "CREATE TABLE k (id integer PRIMARY KEY, to_lower text REFERENCES \"ä\", to_upper integer REFERENCES \"Ä\")");
        assertEquals(List.of("a"), s.table("Ä").orElseThrow().columnNames());
        assertEquals(List.of("b", "c"), s.table("ä").orElseThrow().columnNames());
        assertEquals(List.of("ä_c"), s.table("ä").orElseThrow().indexes().stream().map(IndexDef::name).toList());
        assertEquals(List.of(), s.table("Ä").orElseThrow().indexes());
        assertEquals(List.of("ä|b", "Ä|a"), s.table("k").orElseThrow().foreignKeys().stream().map(f -> f.refTable() + "|" + f.refColumns().get(0)).toList());
    }

    @Test
    void checksNamedAndUnnamed() {
        SchemaDef s = introspect(Set.of(),
                "CREATE TABLE c (a integer CHECK (a > 0), b text CONSTRAINT b_len CHECK(length(b) < 10 AND b <> ')'),"
                        + " CONSTRAINT \"a \"\"lt\"\" 100\" CHECK(a < 100), CHECK (b IS NOT NULL OR a IS NULL))");
        assertEquals(List.of(
                new CheckDef("c_check_1", "a > 0"),
                new CheckDef("b_len", "length(b) < 10 AND b <> ')'"),
                new CheckDef("a \"lt\" 100", "a < 100"),
                new CheckDef("c_check_2", "b IS NOT NULL OR a IS NULL")), s.table("c").orElseThrow().checks());
    }

    @Test
    void generatedColumnsAndTypes() {
        SchemaDef s = introspect(Set.of(),
                "CREATE TABLE g (first text(64) NOT NULL, last VARCHAR (10) COLLATE NOCASE,"
                        + " full text GENERATED ALWAYS AS (first || ' ' || last) STORED,"
                        + " low text AS (lower(\"first\")), plain)");
        TableDef g = s.table("g").orElseThrow();
        assertEquals(List.of(
                col("first", "text(64)").withNotNull(true),
                col("last", "VARCHAR (10) COLLATE NOCASE"),
                col("full", "text").withGenerated(new Generated("(first || ' ' || last)", Generated.Type.STORED)),
                col("low", "text").withGenerated(new Generated("(lower(\"first\"))", Generated.Type.VIRTUAL)),
                col("plain", "")), g.columns());
    }

    @Test
    void viewsAndExcludedTables() {
        SchemaDef s = introspect(Set.of("my_history"),
                "CREATE TABLE users (id integer PRIMARY KEY, name text)",
                "CREATE TABLE __drizzle_migrations (id integer, hash text, created_at numeric)",
                "CREATE TABLE d1_migrations (id integer, name text, applied_at text)",
                "CREATE TABLE _cf_KV (id integer)",
                "CREATE TABLE __godwit_lock (id integer)",
                "CREATE TABLE My_History (id integer)",
                "CREATE TABLE xcfy (id integer)",
                "CREATE VIEW \"active users\" AS select id, name from users where name is not null",
                "CREATE VIEW v2 (a) AS SELECT id FROM users;");
        assertEquals(List.of("users", "xcfy"), s.tableNames());
        assertEquals(List.of(new ViewDef("active users", "select id, name from users where name is not null", false, null),
                new ViewDef("v2", "SELECT id FROM users", false, null)), s.views());
    }

    @Test
    void strictAndWithoutRowidAreReported() {
        IntrospectionResult r = inspect(
                "CREATE TABLE s (id integer PRIMARY KEY, v text NOT NULL ON CONFLICT REPLACE) STRICT",
                "CREATE TABLE w (k text PRIMARY KEY, v blob) WITHOUT ROWID");
        assertEquals(List.of("s", "w"), r.schema().tableNames());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("\"s\" is STRICT")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("\"w\" is WITHOUT ROWID")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("ON CONFLICT REPLACE")), r.warnings().toString());
        assertEquals(col("v", "text").withNotNull(true), r.schema().table("s").orElseThrow().columns().get(1));
    }

    /**
     * A table-level key's ON CONFLICT was passed over silently; ABORT (the default), NOT DEFERRABLE (even with INITIALLY
     * DEFERRED, which SQLite then ignores) and a NULL constraint's ON CONFLICT (SQLite parses and ignores it) change nothing and
     * are not reported: a rebuild losing them was refused as losing a behaviour.
     */
    @Test
    void everyClauseWithoutAPlaceInTheModelIsNamedWhereItStands() {
        IntrospectionResult r = inspect(
                "CREATE TABLE p (id integer PRIMARY KEY)",
                "CREATE TABLE t (a integer, b integer, c integer REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED, d integer REFERENCES p(id) NOT DEFERRABLE,"
                        + " f integer REFERENCES p(id) NOT DEFERRABLE INITIALLY DEFERRED, g text NULL ON CONFLICT REPLACE,"
                        + " e text UNIQUE ON CONFLICT ABORT, PRIMARY KEY (a) ON CONFLICT FAIL, UNIQUE (a, b) ON CONFLICT IGNORE)");
        assertEquals(List.of(
                "table \"t\": the foreign key (\"c\") to \"p\" DEFERRABLE INITIALLY DEFERRED is not kept (the model has no place for it)",
                "table \"t\": PRIMARY KEY (\"a\") ON CONFLICT FAIL is not kept (the model has no place for it)",
                "table \"t\": UNIQUE (\"a\", \"b\") ON CONFLICT IGNORE is not kept (the model has no place for it)"), r.warnings());
    }
}
