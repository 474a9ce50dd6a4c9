package dev.godwit.engine.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * db:pull on databases other tools made, from their real DDL (real-databases/*.sql, each naming where it comes from): Django's,
 * Rails', Knex's, Prisma Migrate's, TypeORM's and one made by hand. The classes compile, db:generate finds nothing to do and
 * db:verify nothing to report; what the schema cannot hold is said at pull time with what comes of it.
 */
class OtherToolsDatabasesPullTest {

    @TempDir
    Path dir;

    record Pulled(SchemaDef fromCode, MigrationsFolder folder, List<String> warnings, Path src) {
    }

    Pulled pull(String fixture) throws Exception {
        String script = new String(OtherToolsDatabasesPullTest.class.getResourceAsStream("/real-databases/" + fixture).readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> ddl = new ArrayList<>(List.of("PRAGMA defer_foreign_keys = ON"));
        Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ddl::add);
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        RecordingLog log = new RecordingLog();
        SchemaDef fromCode = MessyDatabasePullTest.pulledAndCompiled(dir, ddl, folder, log);
        List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList();
        return new Pulled(fromCode, folder, warnings, dir.resolve("src/main/java"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"django-3.2.sql", "rails-6.1.sql", "knex-3.sql", "prisma-migrate.sql", "typeorm.sql", "handmade.sql"})
    void pullsToClassesThatGenerateNothingAndVerify(String fixture) throws Exception {
        Pulled p = pull(fixture);
        GenerateResult again = new Generator().generate(p.fromCode(), p.folder(), GenerateOptions.batch());
        assertFalse(again.written(), () -> "pull then generate wrote a migration:\n" + again.sql());
        assertEquals(List.of(), Verifier.check(p.fromCode(), p.folder()).findings());
        if (fixture.equals("handmade.sql")) return;   // its triggers are drift until a custom migration keeps them, as the pull says
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            assertEquals(List.of(), Verifier.drift(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), p.folder().migrations(),
                    Verifier.recorded(p.folder())));
        }
    }

    /**
     * A default made by hand holding drizzle's breakpoint marker, which the migrations write as an equal concatenation
     * ('--' || '> statement-breakpoint') so that no migrator cuts the statement there: db:verify -Ddb.drift on the database just
     * pulled reported it as changed outside the migrations ("default '--> statement-breakpoint' -> ('--' || ...)").
     */
    @Test
    void aDefaultHoldingTheBreakpointMarkerIsNoDriftRightAfterThePull() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE notes (id INTEGER PRIMARY KEY, sep TEXT DEFAULT '--> statement-breakpoint', body TEXT)"), false);
            new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), new RecordingLog()).pull(dir.resolve("src"), "com.acme.schema", folder, false);
            assertEquals(List.of(), Verifier.drift(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), folder.migrations(), Verifier.recorded(folder)));
            // and a change there is still found
            db.runAtomically(List.of("ALTER TABLE notes DROP COLUMN body"), false);
            assertEquals(1, Verifier.drift(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), folder.migrations(), Verifier.recorded(folder)).size());
        }
    }

    /**
     * Django declares every foreign key DEFERRABLE INITIALLY DEFERRED, which the model has no place for: the pull said "is not
     * kept" once per key (16 lines for a small project) and not what comes of it. Now one warning per table says it: a new
     * database, or a rebuild here, checks those keys at each statement, and the pre-flight refuses such a rebuild.
     */
    @Test
    void djangosDeferredForeignKeysAreWarnedOncePerTableWithWhatComesOfIt() throws Exception {
        List<String> warnings = pull("django-3.2.sql").warnings();
        List<String> deferred = warnings.stream().filter(w -> w.contains("DEFERRABLE INITIALLY DEFERRED")).toList();
        assertEquals(9, deferred.size(), String.join("\n", deferred));
        assertTrue(deferred.contains("table \"shop_product\": the foreign key (\"category_id\") to \"shop_category\" DEFERRABLE INITIALLY DEFERRED;"
                + " the foreign key (\"owner_id\") to \"auth_user\" DEFERRABLE INITIALLY DEFERRED are not kept in the pulled schema (the model"
                + " has no place for them): the baseline migration creates \"shop_product\" without them on a new database (CI, another"
                + " environment), and a later migration that rebuilds \"shop_product\" (most column and key changes do) drops them here too."
                + " Without them, a foreign key is checked at each statement, not at commit: a transaction that writes a row before the row"
                + " it references (as Django's ORM may) fails at that statement. db:apply's pre-flight refuses such a migration, naming what"
                + " it drops, until the rebuild is written with them by hand (mvn db:generate -Ddb.custom) or -Ddb.acceptDataLoss accepts the"
                + " table without them; a fleet's apply (-Ddb.d1.databases) runs no pre-flight and applies such a migration as it is, so apply"
                + " it to one of its databases first (-Ddb.d1.databaseId=ID)"), String.join("\n", deferred));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("table \"django_migrations\" is named as Django's own table")), String.join("\n", warnings));
    }

    /** TypeORM's history (its plain default name, "migrations") and metadata table were pulled without a word, as the app's own. */
    @Test
    void typeormsOwnTablesAreNamedWithTheFilterThatLeavesThemOut() throws Exception {
        List<String> warnings = pull("typeorm.sql").warnings();
        assertTrue(warnings.contains("table \"migrations\" is named as TypeORM's own table (its migration history or metadata) and was pulled as a"
                + " table of the schema. If TypeORM still uses this database, leave it out: '-Ddb.tablesFilter=!migrations' (and the same"
                + " <tablesFilter> in the POM), then pull again; a class of it deleted later makes db:generate write a DROP TABLE for it."),
                String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("table \"typeorm_metadata\" is named as TypeORM's own table")), String.join("\n", warnings));
    }

    /** An application's own table named "migrations" (not TypeORM's or Laravel's columns) is not taken for another tool's. */
    @Test
    void anApplicationsOwnMigrationsTableIsNotTakenForATools() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE migrations (id INTEGER PRIMARY KEY, bird TEXT NOT NULL, flown_km REAL)"), false);
            RecordingLog log = new RecordingLog();
            new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log).pull(dir.resolve("src"), "com.acme.schema",
                    MigrationsFolder.at(dir.resolve("drizzle")), false);
            assertFalse(log.lines().stream().anyMatch(l -> l.startsWith("WARN")), String.join("\n", log.lines()));
        }
    }

    /**
     * Two CHECKs of one table sharing a name, which SQLite allows: the pull refused the database ("duplicate check name"),
     * leaving a rebuild by hand as the only way on. The second now takes a free name, said in a warning.
     */
    @Test
    void twoChecksOfOneNameArePulledWithTheSecondRenamed() throws Exception {
        Pulled p = pull("handmade.sql");
        assertTrue(p.warnings().contains("table \"stock\" has more than one CHECK named \"n_range\", which a Godwit schema cannot hold: the one on"
                + " n < 1000 is named \"n_range_2\" in the pulled schema, and a migration that rebuilds \"stock\" names it so in the database"
                + " (SQLite's error for a row that breaks it then says \"n_range_2\")"), String.join("\n", p.warnings()));
        String stock = Files.readString(p.src().resolve("com/acme/schema/Stock.java"), StandardCharsets.UTF_8);
        assertTrue(stock.contains("check(\"n_range\", \"n >= 0\");\n        check(\"n_range_2\", \"n < 1000\");\n        check(\"stock_check_1\", \"n <> 13\");"),
                stock);
        // the clauses of one table in one warning, each with what a write then meets
        assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith("table \"child\": UNIQUE (\"pa\", \"pb\") ON CONFLICT IGNORE is not kept in the"
                + " pulled schema") && w.contains("Without it, a write that breaks UNIQUE fails and its statement is undone (ABORT), instead of"
                + " the row being skipped.")), String.join("\n", p.warnings()));
    }
}
