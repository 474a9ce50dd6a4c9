package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A red-team finding: in a D1 project, {@code db:apply -Dlocal -Ddb.local.path=plain.sqlite -Ddb.local.foreignKeysOff} of a
 * drizzle-kit rebuild of a parent table (PRAGMA foreign_keys=OFF; CREATE __new_users; INSERT ... SELECT; DROP TABLE users; ALTER
 * TABLE __new_users RENAME TO users; PRAGMA foreign_keys=ON) whose child is ON DELETE CASCADE read "no rows removed or rewritten"
 * and BUILD SUCCESS; on D1 (wrangler 4.86.0's local D1 did the same), which ignores that PRAGMA inside its transaction, every posts
 * row went. The pre-flight now runs the migrations again the way D1 does and warns of what they remove there; the local apply
 * goes on with foreign keys off, as asked. A plain SQLite app (not a D1 project) hears nothing of D1.
 */
class ForeignKeysOffInAD1ProjectTest {

    @TempDir
    Path dir;

    @Test
    void whatD1WouldCascadeIsWarnedOfUnderForeignKeysOffInAD1Project() throws Exception {
        for (boolean d1Project : new boolean[] {false, true}) {
            Path file = dir.resolve("plain-" + d1Project + ".sqlite");
            Target target = new Target.LocalFile(file);
            Path migrations = dir.resolve("migrations-" + d1Project);
            Files.createDirectories(migrations);
            Files.writeString(migrations.resolve("0001_init.sql"), """
                    CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `name` text);
                    CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL, `user_id` integer NOT NULL REFERENCES `users`(`id`) ON DELETE CASCADE, `title` text);
                    INSERT INTO users VALUES (1, 'ann'), (2, 'bob');
                    INSERT INTO posts VALUES (10, 1, 'a'), (11, 2, 'b'), (12, 2, 'c');
                    """);
            Files.writeString(migrations.resolve("0002_rebuild.sql"), """
                    PRAGMA foreign_keys=OFF;
                    CREATE TABLE `__new_users` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL DEFAULT '');
                    INSERT INTO `__new_users`("id", "name") SELECT "id", coalesce("name", '') FROM `users`;
                    DROP TABLE `users`;
                    ALTER TABLE `__new_users` RENAME TO `users`;
                    PRAGMA foreign_keys=ON;
                    """);
            RecordingLog log = new RecordingLog();
            try (Database db = target.open()) {
                HistoryTable history = HistoryTable.forName(HistoryTable.WRANGLER_DEFAULT);
                new Migrator(db, history, log).checkingPendingWith(Preflight.forTarget(target, db, Set.of(history.name()), false, log)
                                .withForeignKeysOffAround(true).forD1Project(d1Project))
                        .apply(MigrationsFolder.at(migrations), new ApplyOptions(false, false, 3, true));
            }
            List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN Pre-flight: on D1, which ignores PRAGMA foreign_keys=OFF")).toList();
            assertEquals(d1Project ? 1 : 0, warnings.size(), d1Project + ": " + String.join("\n", log.lines()));
            if (d1Project) {
                String w = warnings.get(0);
                assertTrue(w.contains("the pending migrations remove or rewrite rows that this apply keeps:\n  - \"posts\": 3 of 3 rows deleted,"
                        + " through 0002_rebuild.sql statement 4: DROP TABLE `users`;"), w);
                assertTrue(w.contains("This apply switches foreign keys off around 0002_rebuild.sql (-Ddb.local.foreignKeysOff), which has no"
                        + " effect on D1 or wrangler's local D1"), w);
                assertTrue(w.contains("save and restore the children in the migration, or regenerate it with mvn db:generate"), w);
                // after the copy's own summary, which it qualifies
                int summary = log.lines().indexOf(log.lines().stream().filter(l -> l.contains("no rows removed or rewritten")).findFirst().orElseThrow());
                assertTrue(summary < log.lines().indexOf(w), String.join("\n", log.lines()));
            }
            try (Database db = target.open()) {
                assertEquals(3L, ((Number) db.query("SELECT count(*) AS n FROM posts").get(0).get("n")).longValue(),
                        "applied as asked, foreign keys off: the posts stay in the local file");
            }
        }
    }
}
