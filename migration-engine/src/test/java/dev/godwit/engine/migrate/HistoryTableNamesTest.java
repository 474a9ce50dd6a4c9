package dev.godwit.engine.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.push.Pusher;
import dev.godwit.engine.target.ProjectSettings;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.Column;
import dev.godwit.schema.SchemaCollector;
import dev.godwit.schema.Table;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema declaring a table named like the history table: db:generate wrote its CREATE TABLE, which db:apply then refused
 * (the history table is created in the same transaction). Refused by db:generate, db:push and db:verify, naming the
 * declaration and the setting that moves the history table.
 */
class HistoryTableNamesTest {

    @TempDir
    Path dir;

    private static final String DRIZZLES = """
            tables:
              - name: users
                columns: [{name: id, type: integer, primaryKey: true}]
              - name: __drizzle_migrations
                columns: [{name: id, type: integer, primaryKey: true}, {name: hash, type: text}]
            """;

    private static final String REFUSED = "schema.yaml line 4 (table \"__drizzle_migrations\"): the name is that of the history table Godwit"
            + " records applied migrations in (__drizzle_migrations, the default), so db:apply would refuse the migration creating it; give it"
            + " another name, or keep the history in another table: -Ddb.migrationsTable=NAME (or migrations_table in wrangler's config)";

    @Test
    void dbGenerateRefusesATableNamedLikeTheHistoryTableAndWritesNothing() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaException e = assertThrows(SchemaException.class,
                () -> new Generator().generate(YamlSchemaReader.read(DRIZZLES, "schema.yaml"), folder, GenerateOptions.batch().withName("init")));
        assertEquals(List.of(REFUSED), e.problems());
        assertEquals(false, Files.exists(folder.dir()) && Files.list(folder.dir()).anyMatch(p -> p.toString().endsWith(".sql")), "nothing written");
    }

    static final class AuditLog extends Table {
        static final AuditLog AUDIT_LOG = new AuditLog();
        final Column id = integer("id").primaryKey();
        final Column at = integer("at");

        private AuditLog() {
            super("audit_log");
            index("history").on(at);
        }
    }

    /** A history table moved by a setting is named with the setting, a Java table by its class; an index may not take the name either. */
    @Test
    void aMovedHistoryTableIsNamedWithItsSettingAndAJavaTableByItsClass() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef schema = SchemaCollector.collect(List.of(AuditLog.AUDIT_LOG));
        ProjectSettings.History moved = new ProjectSettings.History("AUDIT_LOG", false, "-Ddb.migrationsTable / <migrationsTable>");
        SchemaException e = assertThrows(SchemaException.class,
                () -> new Generator().generate(schema, folder, GenerateOptions.batch().withHistory(moved)));
        String at = "class " + AuditLog.class.getName() + " (table \"audit_log\")";
        assertEquals(List.of(at + ": the name is that of the history table Godwit records applied migrations in (AUDIT_LOG, set by"
                        + " -Ddb.migrationsTable / <migrationsTable>), so db:apply would refuse the migration creating it; give it another name,"
                        + " or keep the history in another table: -Ddb.migrationsTable=NAME (or migrations_table in wrangler's config)"), e.problems());
        assertEquals(List.of(
                at + ": index \"history\": the name is that of the history table Godwit records applied migrations in (history, set by"
                        + " -Ddb.migrationsTable / <migrationsTable>), so db:apply would refuse the migration creating it; give it another name,"
                        + " or keep the history in another table: -Ddb.migrationsTable=NAME (or migrations_table in wrangler's config)"),
                assertThrows(SchemaException.class, () -> new Generator().generate(schema, folder, GenerateOptions.batch().withHistory(
                        new ProjectSettings.History("history", false, "-Ddb.migrationsTable / <migrationsTable>")))).problems());
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("init"));   // the default history table: no clash
    }

    @Test
    void dbPushRefusesItBeforeTouchingTheDatabase() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            SchemaException e = assertThrows(SchemaException.class, () -> new Pusher(db, EngineLog.SILENT, Set.of("__drizzle_migrations"))
                    .push(YamlSchemaReader.read(DRIZZLES, "schema.yaml"), false, null));
            assertEquals(List.of(REFUSED), e.problems());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master"), "nothing created");
        }
    }

    /** A folder generated before db:generate refused it holds the table: db:verify says what is wrong rather than passing. */
    @Test
    void dbVerifyRefusesIt() {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaException e = assertThrows(SchemaException.class,
                () -> Verifier.check(() -> YamlSchemaReader.read(DRIZZLES, "schema.yaml"), folder, false, null));
        assertEquals(List.of(REFUSED), e.problems());
    }

    /**
     * The same for the other names introspection leaves out, by prefix (libsql_, _litestream_, __godwit, _cf_): db:push created
     * such a table, and the next db:push, not seeing it, failed "table `libsql_accounts` already exists"; db:verify and db:pull
     * never saw it. Refused as the history names are; a view or index so named is read as any other, and left alone.
     */
    @Test
    void aTableNamedWithAPrefixIntrospectionLeavesOutIsRefusedBeforeThePushCreatesIt() {
        String yaml = """
                tables:
                  - name: libsql_accounts
                    columns: [{name: id, type: integer, primaryKey: true}]
                    indexes: [{name: _litestream_idx, columns: [id]}]
                  - name: _Litestream_log
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: __godwit_notes
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: _cf_kv
                    columns: [{name: id, type: integer, primaryKey: true}]
                  - name: libsqlite
                    columns: [{name: id, type: integer, primaryKey: true}]
                views:
                  - {name: libsql_view, as: "select id from libsqlite"}
                """;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("dev.sqlite"))) {
            SchemaException e = assertThrows(SchemaException.class, () -> new Pusher(db, EngineLog.SILENT, Set.of("__drizzle_migrations"))
                    .push(YamlSchemaReader.read(yaml, "schema.yaml"), true, null));
            String tail = ", which db:verify, db:pull and db:push always leave out, so it would never be checked or pushed (a second db:push"
                    + " fails: the table already exists); give it another name";
            assertEquals(List.of(
                    "schema.yaml line 2 (table \"libsql_accounts\"): the name starts with libsql_, the prefix of libSQL's tables" + tail,
                    "schema.yaml line 5 (table \"_Litestream_log\"): the name starts with _litestream_, the prefix of Litestream's tables" + tail,
                    "schema.yaml line 7 (table \"__godwit_notes\"): the name starts with __godwit, the prefix of Godwit's own tables" + tail,
                    "schema.yaml line 9 (table \"_cf_kv\"): the name starts with _cf_, the prefix of Cloudflare D1's own tables (D1 refuses to"
                            + " create it)" + tail), e.problems());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master"), "nothing created");
            String kept = yaml.replaceAll("(?s)  - name: libsql_accounts.*?(?=  - name: libsqlite)", "");
            new Pusher(db, EngineLog.SILENT, Set.of("__drizzle_migrations")).push(YamlSchemaReader.read(kept, "schema.yaml"), true, null);
            assertEquals(List.of(), new Pusher(db, EngineLog.SILENT, Set.of("__drizzle_migrations"))
                    .push(YamlSchemaReader.read(kept, "schema.yaml"), true, null).changes(), "in sync: pushed again, nothing to do");
        }
    }
}
