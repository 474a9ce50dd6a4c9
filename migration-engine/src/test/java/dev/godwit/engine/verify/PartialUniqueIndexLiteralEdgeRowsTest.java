package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.preflight.RowChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A red-team follow-up (round 51): a partial UNIQUE index covering only live rows by a literal ({@code WHERE active = 1}, {@code
 * status = 'live'}, {@code active IS TRUE}, {@code active <> 0}, {@code status IN ('live', 'new')}), made in a hand-written rebuild
 * that copies with {@code INSERT OR IGNORE}, leaves behind every live row sharing an email with another on a real database. The two
 * rows db:verify's replay (and a remote D1 pre-flight) gives the same values held the generated values of {@code active} and {@code
 * status}, which the index's WHERE does not ask for: it did not cover them, nothing was lost there and both passed. They hold the
 * value the WHERE asks for.
 */
class PartialUniqueIndexLiteralEdgeRowsTest {

    private static final String INIT = "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL,"
            + " `active` integer DEFAULT 0 NOT NULL, `status` text DEFAULT 'gone' NOT NULL);";

    private static String rebuild(String where) {
        return "CREATE TABLE `__new_users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL, `active` integer DEFAULT 0 NOT NULL,"
                + " `status` text DEFAULT 'gone' NOT NULL);\n"
                + "--> statement-breakpoint\nCREATE UNIQUE INDEX `users_email_live` ON `__new_users` (`email`) WHERE " + where + ";\n"
                + "--> statement-breakpoint\nINSERT OR IGNORE INTO `__new_users` SELECT * FROM `users`;\n--> statement-breakpoint\n"
                + "DROP TABLE `users`;\n--> statement-breakpoint\nALTER TABLE `__new_users` RENAME TO `users`;";
    }

    @TempDir
    Path dir;

    private Migration migration(int idx, String tag, String sql) {
        return new Migration(new JournalEntry(idx, "6", 1000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"`active` = 1", "1 = active", "`status` = 'live'", "`active` IS TRUE", "active <> 0", "status IN ('live', 'new')",
            "\"active\" == 1 AND `status` = 'live'", "(active = 1)", "active"})
    void theReplayFindsTheLiveRowsAnInsertOrIgnoreIntoAPartialUniqueIndexLeavesBehind(String where) {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            List<RowChange> changes = replay.apply(migration(1, "0001_step", rebuild(where)));
            assertTrue(changes.stream().anyMatch(c -> c.kind() == RowChange.Kind.ROWS_DELETED && c.table().equals("users")), where + ": " + changes);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"`active` = 1", "`status` = 'live'"})
    void aCopyThatKeepsEveryRowStillPasses(String where) {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, "0000_init", INIT));
            assertEquals(List.of(), replay.apply(migration(1, "0001_step", rebuild(where).replace("INSERT OR IGNORE INTO `__new_users` SELECT * FROM `users`",
                    "INSERT INTO `__new_users` SELECT `id`, `email`, CASE WHEN `id` IN (SELECT min(`id`) FROM `users` GROUP BY `email`)"
                            + " THEN `active` ELSE 0 END, CASE WHEN `id` IN (SELECT min(`id`) FROM `users` GROUP BY `email`) THEN `status`"
                            + " ELSE 'gone' END FROM `users`"))));
        }
    }
}
