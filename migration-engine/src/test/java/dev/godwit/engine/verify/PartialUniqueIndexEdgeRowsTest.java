package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.preflight.PreflightRefusedException;
import dev.godwit.engine.preflight.RowChange;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 51): the soft-delete pattern's partial UNIQUE index, {@code ON users (email) WHERE deleted_at IS NULL},
 * made in a hand-written rebuild that copies with {@code INSERT OR IGNORE}, leaves behind every live row sharing an email with
 * another. The rows db:verify's replay and a remote D1 database's pre-flight try (one holding NULL in every nullable column, two
 * sharing every other value) shared {@code deleted_at} too, set: the index did not cover them, nothing was lost there and both passed,
 * while the local pre-flight on real rows refused it. The two rows sharing values hold NULL where such an index asks for it.
 */
class PartialUniqueIndexEdgeRowsTest {

    private static final String INIT = "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL, `deleted_at` integer);";

    private static final String REBUILD = "CREATE TABLE `__new_users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL, `deleted_at` integer);\n"
            + "--> statement-breakpoint\nCREATE UNIQUE INDEX `users_email_live` ON `__new_users` (`email`) WHERE `deleted_at` IS NULL;\n"
            + "--> statement-breakpoint\nINSERT OR IGNORE INTO `__new_users` SELECT * FROM `users`;\n--> statement-breakpoint\n"
            + "DROP TABLE `users`;\n--> statement-breakpoint\nALTER TABLE `__new_users` RENAME TO `users`;";

    @TempDir
    Path dir;

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @Test
    void theReplayFindsTheLiveRowsAnInsertOrIgnoreIntoAPartialUniqueIndexLeavesBehind() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            List<RowChange> changes = replay.apply(migration(1, "0001_step", REBUILD));
            assertTrue(changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.ROWS_DELETED && c.table().equals("users")), changes.toString());
        }
    }

    @Test
    void theReplicasPreflightRefusesItToo() {
        try (SqliteDatabase live = SqliteDatabase.open(dir.resolve("live.sqlite"))) {
            live.runAtomically(List.of(INIT, "INSERT INTO users VALUES (1, 'a@x', NULL), (2, 'a@x', NULL)"), false);
            PreflightRefusedException e = assertThrows(PreflightRefusedException.class,
                    () -> Preflight.ofLiveSchema(live, Set.of(), false, EngineLog.SILENT).check(List.of(migration(1, "0001_step", REBUILD))));
            assertTrue(e.getMessage().contains("\"users\": 1 of 3 rows deleted"), e.getMessage());
        }
    }

    @Test
    void aCopyThatKeepsEveryRowStillPasses() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            assertEquals(List.of(), replay.apply(migration(1, "0001_step", REBUILD.replace("INSERT OR IGNORE INTO `__new_users` SELECT * FROM `users`",
                    "INSERT INTO `__new_users` SELECT `id`, `email`, CASE WHEN `id` IN (SELECT min(`id`) FROM `users` WHERE `deleted_at` IS NULL"
                            + " GROUP BY `email`) THEN `deleted_at` ELSE coalesce(`deleted_at`, 0) END FROM `users`"))));
        }
    }
}
