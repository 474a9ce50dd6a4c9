package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A D1 project whose -Dlocal file is a plain SQLite file (a D1 database id in the settings, no wrangler config): the local apply
 * warned of what D1's authorizer refuses (PRAGMA user_version) but said nothing of a statement over D1's limits, a seed of six
 * UNION ALL terms (D1 allows 5: "too many terms in compound SELECT", Frostn1/mxb-app#754), which applied locally and failed on D1.
 * The pre-flight's copy now tries each statement under D1's limits first and warns of one only they stop; the apply goes on
 * (the file is SQLite's), and a project that does not go to D1 hears nothing.
 */
class D1LimitsOnPlainFileTest {

    @TempDir
    Path dir;

    @Test
    void aStatementOverD1sLimitsIsWarnedAboutOnAPlainFileOfAD1Project() throws Exception {
        overLimit("INSERT INTO bans (guid) SELECT 'a' UNION ALL SELECT 'b' UNION ALL SELECT 'c' UNION ALL SELECT 'd' UNION ALL SELECT 'e'"
                + " UNION ALL SELECT 'f'", "too many terms in compound SELECT", "That is D1's limit of 5 terms in a compound SELECT");
        // over D1's 100,000 bytes per statement (SQLite's own limit is far higher): warned of, not predicted as failing the apply,
        // which said "fails on a copy ... The apply will stop there too" and then applied it (and a dry run failed)
        overLimit("INSERT INTO bans (guid) SELECT '" + "x".repeat(120_000) + "'", "statement too long", "That is D1's limit of 100,000 bytes per statement");
    }

    private void overLimit(String statement, String sqliteSays, String hint) throws Exception {
        for (boolean d1Project : new boolean[] {false, true}) {
            for (boolean withRows : new boolean[] {false, true}) {
                Path file = dir.resolve("app-" + d1Project + withRows + sqliteSays.length() + ".sqlite");
                Target target = new Target.LocalFile(file);
                if (withRows) {
                    try (Database db = target.open()) {
                        db.runAtomically(List.of("CREATE TABLE kept (id INTEGER PRIMARY KEY)", "INSERT INTO kept VALUES (1)"), false);
                    }
                }
                Path migrations = dir.resolve("migrations-" + d1Project + withRows + sqliteSays.length());
                Files.createDirectories(migrations);
                Files.writeString(migrations.resolve("0001_bans.sql"), "CREATE TABLE bans (id INTEGER PRIMARY KEY, guid TEXT);\n" + statement + ";\n");
                RecordingLog log = new RecordingLog();
                try (Database db = target.open()) {
                    HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
                    new Migrator(db, history, log).checkingPendingWith(Preflight.forTarget(target, db, Set.of(history.name()), false, log)
                                    .forD1Project(d1Project))
                            .apply(MigrationsFolder.at(migrations), ApplyOptions.defaults());
                }
                List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN Pre-flight: 0001_bans.sql, statement 2 of 2, runs on ")).toList();
                assertEquals(d1Project ? 1 : 0, warnings.size(), d1Project + " " + withRows + ": " + String.join("\n", log.lines()));
                if (d1Project) {
                    assertTrue(warnings.get(0).contains(sqliteSays), warnings.get(0));
                    assertTrue(warnings.get(0).contains(hint), warnings.get(0));
                }
                try (Database db = target.open()) {
                    assertFalse(db.query("SELECT 1 FROM bans").isEmpty(), "applied either way: the file is SQLite's");
                }
            }
        }
    }
}
