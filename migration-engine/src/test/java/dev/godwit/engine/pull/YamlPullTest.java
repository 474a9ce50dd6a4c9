package dev.godwit.engine.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * db:pull into a YAML descriptor (-Ddb.pull.format=yaml), for a team whose schema is YAML: on the databases other tools made
 * (real-databases/*.sql), a messy one made by hand and one of odd names, the descriptor reads back (YamlSchemaReader) to a schema
 * db:generate finds nothing to do against, db:verify and db:verify -Ddb.drift nothing to report, and the schema the Java classes
 * give back; the warnings and refusals are the Java pull's.
 */
class YamlPullTest {

    @TempDir
    Path dir;

    static List<String> fixture(String name) throws Exception {
        String script = new String(YamlPullTest.class.getResourceAsStream("/real-databases/" + name).readAllBytes(), StandardCharsets.UTF_8);
        List<String> ddl = new ArrayList<>(List.of("PRAGMA defer_foreign_keys = ON"));
        Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ddl::add);
        return ddl;
    }

    record Pulled(SchemaDef read, MigrationsFolder folder, List<String> warnings, Path db, String yaml) {
    }

    Pulled pullYaml(Path at, List<String> ddl) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(at.resolve("drizzle"));
        RecordingLog log = new RecordingLog();
        Path file = at.resolve("src/main/db/schema.yaml");
        Path dbFile = at.resolve("app.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            db.runAtomically(ddl, false);
            new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log).withYamlFile(file).pull(null, null, folder, false);
        }
        List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList();
        return new Pulled(YamlSchemaReader.read(file), folder, warnings, dbFile, Files.readString(file, StandardCharsets.UTF_8));
    }

    void roundTrips(List<String> ddl, boolean driftFree) throws Exception {
        Pulled p = pullYaml(dir.resolve("yaml"), ddl);
        GenerateResult again = new Generator().generate(p.read(), p.folder(), GenerateOptions.batch());
        assertFalse(again.written(), () -> "pull to YAML then generate wrote a migration:\n" + again.sql() + "\n" + p.yaml());
        assertEquals(List.of(), Verifier.check(p.read(), p.folder()).findings(), p.yaml());
        if (driftFree) {
            try (SqliteDatabase db = SqliteDatabase.open(p.db())) {
                assertEquals(List.of(), Verifier.drift(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), p.folder().migrations(),
                        Verifier.recorded(p.folder())), p.yaml());
            }
        }
        // the Java pull of the same database: the same schema, and the same warnings
        Path javaDir = dir.resolve("java");
        RecordingLog javaLog = new RecordingLog();
        SchemaDef fromClasses = MessyDatabasePullTest.pulledAndCompiled(javaDir, ddl, MigrationsFolder.at(javaDir.resolve("drizzle")), javaLog);
        assertEquals(List.of(), Verifier.differences(fromClasses, p.read()), p.yaml());
        assertEquals(javaLog.lines().stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList(), p.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"django-3.2.sql", "rails-6.1.sql", "knex-3.sql", "prisma-migrate.sql", "typeorm.sql", "handmade.sql"})
    void otherToolsDatabasesPullToYamlThatGeneratesNothingAndVerifies(String fixture) throws Exception {
        // handmade.sql's triggers are drift until a custom migration keeps them, as the pull says
        roundTrips(fixture(fixture), !fixture.equals("handmade.sql"));
    }

    @Test
    void aMessyDatabaseAndOddNamesPullToYamlThatReadsBack() throws Exception {
        roundTrips(MessyDatabasePullTest.MESSY, false);
    }

    @Test
    void oddNamesAndTextsComeBackAsTheyWere() throws Exception {
        List<String> ddl = new ArrayList<>(List.of(JavaSchemaWriterTest.ODD_DDL));
        ddl.add("CREATE TABLE \"kinds\" (id integer PRIMARY KEY, code varchar(8) COLLATE RTRIM NOT NULL DEFAULT 'a', n INTEGER DEFAULT 'abc',"
                + " flag integer DEFAULT true, t text DEFAULT 'line\nbreak \"q\" \\ tab\t', price decimal(10, 2) DEFAULT 1.50)");
        ddl.add("CREATE INDEX kinds_n ON kinds (n ASC, code DESC)");
        roundTrips(ddl, false);
        String yaml = Files.readString(dir.resolve("yaml/src/main/db/schema.yaml"));
        assertTrue(yaml.contains("- {name: \"code\", sqlType: \"varchar(8) COLLATE RTRIM\", notNull: true, default: {sql: \"'a'\"}}"), yaml);
        assertTrue(yaml.contains("- {name: \"t\", type: text, default: \"line\\nbreak \\\"q\\\" \\\\ tab\\t\"}"), yaml);
        assertTrue(yaml.contains("- {name: \"n\", type: integer, default: {sql: \"'abc'\"}}"), yaml);
        assertTrue(yaml.contains("- {name: \"flag\", type: integer, default: true}"), yaml);
        assertTrue(yaml.contains("- {name: \"kinds_n\", keys: [{column: \"n\"}, {expression: \"code DESC\"}]}"), yaml);
    }

    /** What the schema cannot declare is refused as in the Java pull, in its words, and nothing is written: no descriptor, no baseline. */
    @Test
    void aRefusalIsTheJavaPullsAndWritesNothing() throws Exception {
        Path file = dir.resolve("src/main/db/schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, anything)"), false);
            PullException yaml = assertThrows(PullException.class, () -> new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT),
                    new RecordingLog()).withYamlFile(file).pull(null, null, folder, false));
            PullException java = assertThrows(PullException.class, () -> new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT),
                    new RecordingLog()).pull(dir.resolve("src/main/java"), "com.acme.schema", folder, false));
            assertEquals(java.getMessage(), yaml.getMessage());
            assertTrue(yaml.getMessage().contains("the column has no type"), yaml.getMessage());
        }
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("drizzle")));
    }

    /** An existing descriptor is not overwritten without -Ddb.overwrite: named, nothing written. */
    @Test
    void anExistingDescriptorIsNotOverwritten() throws Exception {
        Path file = dir.resolve("src/main/db/schema.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "tables: []\n");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY)"), false);
            PullException e = assertThrows(PullException.class, () -> new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT),
                    new RecordingLog()).withYamlFile(file).pull(null, null, folder, false));
            assertEquals("db:pull would overwrite 1 existing file(s), and does not without -Ddb.overwrite:\n  - " + file.toAbsolutePath().normalize()
                    + "\nNothing was written. Pull into another file (-Ddb.pull.file), or pass -Ddb.overwrite to replace it.", e.getMessage());
        }
        assertEquals("tables: []\n", Files.readString(file));
        assertFalse(Files.exists(dir.resolve("drizzle/meta/_journal.json")));
    }

    /** Names YAML reads as something else unquoted (yes, null, ~, 1, a: b, #c, a leading space), and defaults of every kind. */
    @Test
    void namesYamlWouldMisreadAndDefaultsOfEveryKindComeBack() throws Exception {
        List<String> ddl = new ArrayList<>();
        ddl.add("CREATE TABLE \"yes\" (\"no\" integer PRIMARY KEY, \"on\" text DEFAULT 'yes', \"null\" text DEFAULT 'null', \"~\" text DEFAULT '~',"
                + " \"1\" integer DEFAULT -5, \"a: b\" real DEFAULT 1e10, \"#c\" blob DEFAULT X'00ff', \" lead\" text DEFAULT CURRENT_TIMESTAMP,"
                + " \"é😀\" text DEFAULT 'it''s\r\nx', \"-\" integer DEFAULT (1 + 2), \"?\" numeric DEFAULT -0.5, \"@x\" integer DEFAULT 0x10,"
                + " \"true\" integer DEFAULT false, \"*\" text DEFAULT '', \"&a\" text DEFAULT ' ', \"%\" integer DEFAULT 1e2, g integer GENERATED ALWAYS AS (\"no\" * 2) VIRTUAL,"
                + " CHECK (\"no\" > -1), CONSTRAINT \"null\" CHECK (\"on\" <> 'x: y # z'))");
        ddl.add("CREATE TABLE \"Null\" (id integer PRIMARY KEY, y integer REFERENCES \"yes\"(\"no\") ON DELETE CASCADE, v varchar(10) COLLATE NOCASE DEFAULT 'a', d DATETIME DEFAULT CURRENT_TIMESTAMP, b boolean DEFAULT 1, w TEXT DEFAULT 'multi\nline')");
        ddl.add("CREATE UNIQUE INDEX \"~\" ON \"Null\" (y)");
        ddl.add("CREATE INDEX \"yes_idx\" ON \"yes\" (\"on\" ASC, \"null\" DESC, lower(\"~\"))");
        ddl.add("CREATE VIEW \"no\" AS SELECT \"no\" FROM \"yes\"  \n  WHERE \"on\" = 'a|b'  \n");
        roundTrips(ddl, true);
        String yaml = Files.readString(dir.resolve("yaml/src/main/db/schema.yaml"));
        assertTrue(yaml.contains("- {name: \"~\", type: text, default: \"~\"}"), yaml);
        assertTrue(yaml.contains("- {name: \"a: b\", type: real, default: {sql: \"1e10\"}}"), yaml);
        assertTrue(yaml.contains("- {name: \"#c\", type: blob, default: {sql: \"X'00ff'\"}}"), yaml);
        assertTrue(yaml.contains("- {name: \"é😀\", type: text, default: \"it's\\r\\nx\"}"), yaml);
        assertTrue(yaml.contains("- {name: \"true\", type: integer, default: false}"), yaml);
    }

    /**
     * A noncharacter (U+FFFF, a sentinel that sorts after every text; U+FFFE) in a default, a name or a view's SELECT was written
     * as it is, which YAML does not allow in a file ("special characters are not allowed"): the descriptor db:pull had just
     * written could not be read. It is written as an escape, and reads back as the character.
     */
    @Test
    void aNoncharacterIsWrittenAsAnEscapeAndReadsBack() throws Exception {
        List<String> ddl = List.of("CREATE TABLE \"k\uFFFE\" (id integer PRIMARY KEY, hi text DEFAULT 'zz\uFFFF')",
                "CREATE VIEW upto AS SELECT id\nFROM \"k\uFFFE\"\nWHERE hi < 'a\uFFFF'");
        roundTrips(ddl, true);
        String yaml = Files.readString(dir.resolve("yaml/src/main/db/schema.yaml"));
        assertTrue(yaml.contains("- {name: \"hi\", type: text, default: \"zz\\uffff\"}"), yaml);
        assertTrue(yaml.contains("  - name: \"k\\ufffe\"\n"), yaml);
        assertFalse(yaml.contains("\uFFFF") || yaml.contains("\uFFFE"), yaml);
    }

    /**
     * A view's SELECT of several lines is written as a literal block, its lines as in the database, and reads back byte for byte
     * (quotes, backslashes, tabs and trailing spaces included); one with a CR (a Windows editor's) stays one quoted string.
     */
    @Test
    void aViewOfSeveralLinesIsALiteralBlockThatReadsBackByteForByte() throws Exception {
        String select = "SELECT \"id\", 'a\\b \"q\"' AS x,\n\t  label  \n\n  FROM agent_versions\n  WHERE id > 0 -- a | b: # c";
        List<String> ddl = new ArrayList<>(List.of(JavaSchemaWriterTest.ODD_DDL));
        ddl.add("CREATE VIEW \"lines\" AS " + select);
        ddl.add("CREATE VIEW crlf AS SELECT id\r\nFROM agent_versions");
        roundTrips(ddl, false);
        Path file = dir.resolve("yaml/src/main/db/schema.yaml");
        String yaml = Files.readString(file);
        assertTrue(yaml.contains("  - name: \"lines\"\n    as: |-\n      SELECT \"id\", 'a\\b \"q\"' AS x,\n      \t  label  \n\n        FROM agent_versions\n"
                + "        WHERE id > 0 -- a | b: # c\n"), yaml);
        assertTrue(yaml.contains("  - name: \"crlf\"\n    as: \"SELECT id\\r\\nFROM agent_versions\"\n"), yaml);
        SchemaDef read = YamlSchemaReader.read(file);
        assertEquals(select, read.views().stream().filter(v -> v.name().equals("lines")).findFirst().orElseThrow().definition());
        assertEquals("SELECT id\r\nFROM agent_versions", read.views().stream().filter(v -> v.name().equals("crlf")).findFirst().orElseThrow().definition());
    }
}
