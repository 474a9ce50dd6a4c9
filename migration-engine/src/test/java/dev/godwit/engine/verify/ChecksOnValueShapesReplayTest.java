package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.preflight.RowChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 56): CHECKs asking for a shape of value none of the generator's candidates had. Small positive
 * numbers whose product is bounded ({@code price * qty < 1000 AND price > 0 AND qty > 0}), a text in a column declared INTEGER
 * ({@code typeof(x) = 'text'}: affinity turns '1' into 1), a UUID ({@code length(id) = 36 AND id GLOB '*-*-*-*-*'}, or a GLOB
 * of hex digits), a fraction ({@code x > 0 AND x < 1}): the replay could not give the table a row, named it in a warning, and a
 * migration deleting its rows, or a rebuild copying none of them, passed db:verify green. Each now gets generated rows.
 */
class ChecksOnValueShapesReplayTest {

    private static final String HEX = "[0-9a-f]";

    @TempDir
    Path dir;

    private List<String> replay(String init, String sql, List<String> warnings) {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(new Migration(new JournalEntry(0, "6", 1000L, "0000_init", true), dir.resolve("0000_init.sql"), init));
            List<RowChange> changes = replay.apply(new Migration(new JournalEntry(1, "6", 1001L, "0001_cleanup", true), dir.resolve("0001_cleanup.sql"), sql));
            warnings.addAll(replay.warnings());
            return changes.stream().map(c -> c.kind() + " " + c.table()).toList();
        }
    }

    private void deletingItsRowsIsALoss(String table, String create) {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of("ROWS_DELETED " + table), replay(create, "DELETE FROM `" + table + "`;", warnings), create);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("could not give")), warnings.toString());
    }

    @Test
    void aProductOfSmallPositiveNumbers() {
        deletingItsRowsIsALoss("lines", "CREATE TABLE `lines` (`id` integer PRIMARY KEY NOT NULL, `price` real NOT NULL, `qty` integer NOT NULL,"
                + " CONSTRAINT `small_order` CHECK (`price` * `qty` < 1000 AND `price` > 0 AND `qty` > 0));");
        deletingItsRowsIsALoss("boxes", "CREATE TABLE `boxes` (`id` integer PRIMARY KEY NOT NULL, `w` integer NOT NULL, `h` integer NOT NULL,"
                + " CHECK (w * h <= 100 AND w > 0 AND h > 0));");
    }

    @Test
    void aTextInAColumnDeclaredInteger() {
        deletingItsRowsIsALoss("codes", "CREATE TABLE `codes` (`id` integer PRIMARY KEY NOT NULL, `code` integer NOT NULL UNIQUE,"
                + " CHECK (typeof(`code`) = 'text'));");
    }

    @Test
    void aUuid() {
        deletingItsRowsIsALoss("users", "CREATE TABLE `users` (`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL,"
                + " CHECK (length(`id`) = 36 AND `id` GLOB '*-*-*-*-*'));");
        String hex8 = HEX.repeat(8);
        String hex4 = HEX.repeat(4);
        String hex12 = HEX.repeat(12);
        deletingItsRowsIsALoss("devices", "CREATE TABLE `devices` (`id` text PRIMARY KEY NOT NULL, `label` text NOT NULL,"
                + " CHECK (`id` GLOB '" + hex8 + "-" + hex4 + "-" + hex4 + "-" + hex4 + "-" + hex12 + "'));");
    }

    @Test
    void aUuidKeyRebuiltWithoutItsRowsIsALoss() {
        String create = "CREATE TABLE `users` (`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL,"
                + " CHECK (length(`id`) = 36 AND `id` GLOB '*-*-*-*-*'));";
        String rebuild = "CREATE TABLE `__new_users` (`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL, `bio` text);\n--> statement-breakpoint\n"
                + "INSERT INTO `__new_users` (`id`, `name`) SELECT `id`, `name` FROM `users` WHERE `name` = 'nobody';\n--> statement-breakpoint\n"
                + "DROP TABLE `users`;\n--> statement-breakpoint\nALTER TABLE `__new_users` RENAME TO `users`;";
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of("ROWS_DELETED users"), replay(create, rebuild, warnings));
        assertTrue(warnings.stream().noneMatch(w -> w.contains("could not give")), warnings.toString());
    }

    @Test
    void aFraction() {
        deletingItsRowsIsALoss("rates", "CREATE TABLE `rates` (`id` integer PRIMARY KEY NOT NULL, `x` real NOT NULL, CHECK (`x` > 0 AND `x` < 1));");
    }
}
