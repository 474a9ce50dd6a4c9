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
 * Red-team round 57, after {@link ChecksOnValueShapesReplayTest}: shapes of value the generated rows still lacked, each hiding a
 * real loss from db:verify's replay (green). A fraction inside a CHECK's bounds beside an integer ({@code price BETWEEN 0.5 AND 2}
 * with {@code qty}, their product bounded): one row; a REAL in an INTEGER column ({@code typeof(x) = 'real'}), a text of a named
 * length in a BLOB column, lower-case hex of a named length (a SHA-256 digest): none; a UNIQUE column under a bounded product in a
 * STRICT table topped up after a declared cleanup: fewer rows.
 */
class MoreValueShapesReplayTest {

    @TempDir
    Path dir;

    private List<String> replay(List<String> sqls, List<String> warnings) {
        try (DataReplay replay = new DataReplay()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < sqls.size(); i++) {
                String tag = String.format("%04d_m%d", i, i);
                List<RowChange> changes = replay.apply(new Migration(new JournalEntry(i, "6", 1000L + i, tag, true), dir.resolve(tag + ".sql"), sqls.get(i)));
                for (RowChange c : changes) out.add(tag + " " + c.describe().substring(0, c.describe().indexOf(',')));
            }
            warnings.addAll(replay.warnings());
            return out;
        }
    }

    private void lossFound(String create, String loss, String expected) {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of("0001_m1 " + expected), replay(List.of(create, loss), warnings), create + "\n" + loss);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("could not give")), warnings.toString());
    }

    /** Price between 0.5 and 2 times a quantity of 1 to 10, at most 10: the rows were one, (1.5, 1); lines of more than one went unseen. */
    @Test
    void aFractionWithinTheBoundsBesideAnInteger() {
        lossFound("CREATE TABLE `lines` (`id` integer PRIMARY KEY NOT NULL, `price` real NOT NULL, `qty` integer NOT NULL,"
                + " CHECK (`price` BETWEEN 0.5 AND 2 AND `qty` BETWEEN 1 AND 10 AND `price` * `qty` <= 10));",
                "DELETE FROM `lines` WHERE `qty` > 1;", "\"lines\": 2 of 3 rows deleted");
    }

    /** SQLite stores 1.0 as 1 in an INTEGER column: only a value with a fraction stays a REAL there. */
    @Test
    void aRealInAColumnDeclaredInteger() {
        lossFound("CREATE TABLE `readings` (`id` integer PRIMARY KEY NOT NULL, `v` integer NOT NULL, CHECK (typeof(`v`) = 'real'));",
                "DELETE FROM `readings` WHERE typeof(`v`) = 'real';", "\"readings\": 3 of 3 rows deleted");
    }

    @Test
    void aTextOfANamedLengthInABlobColumn() {
        lossFound("CREATE TABLE `keys` (`id` integer PRIMARY KEY NOT NULL, `k` blob NOT NULL, CHECK (typeof(`k`) = 'text' AND length(`k`) = 8));",
                "DELETE FROM `keys` WHERE length(`k`) = 8;", "\"keys\": 3 of 3 rows deleted");
        lossFound("CREATE TABLE `samples` (`id` integer PRIMARY KEY NOT NULL, `raw` NOT NULL, CHECK (typeof(`raw`) = 'real'));",
                "DELETE FROM `samples`;", "\"samples\": 3 of 3 rows deleted");
    }

    /** A token's SHA-256 digest kept as 64 lower-case hex digits. */
    @Test
    void lowerCaseHexOfANamedLength() {
        lossFound("CREATE TABLE `tokens` (`id` integer PRIMARY KEY NOT NULL, `hash` text NOT NULL UNIQUE,"
                + " CHECK (length(`hash`) = 64 AND `hash` NOT GLOB '*[^0-9a-f]*'));",
                "DELETE FROM `tokens`;", "\"tokens\": 3 of 3 rows deleted");
    }

    /**
     * A STRICT table (no text in an INTEGER column) whose UNIQUE {@code a} times {@code b} is bounded, topped up after a declared
     * cleanup left one row: the top-up's third row took a = 3, held, then numbers 1,000 on, which the bound refuses.
     */
    @Test
    void aUniqueColumnUnderABoundedProductIsToppedUpInFull() {
        List<String> warnings = new ArrayList<>();
        List<String> found = replay(List.of(
                "CREATE TABLE `boxes` (`id` integer PRIMARY KEY NOT NULL, `a` integer NOT NULL UNIQUE, `b` integer NOT NULL,"
                        + " CHECK (`a` * `b` < 100 AND `a` > 0 AND `b` > 0)) STRICT;",
                "-- godwit:accept-data-loss boxes\nDELETE FROM `boxes` WHERE `a` < 3;",
                "DELETE FROM `boxes` WHERE `id` NOT IN (SELECT min(`id`) FROM `boxes`);"), warnings);
        assertEquals(List.of("0002_m2 \"boxes\": 2 of 3 rows deleted"), found.stream().filter(f -> f.startsWith("0002")).toList(), found + "\n" + warnings);
    }

    /**
     * SQLite reports an unnamed CHECK starting with a quoted name by that name alone ({@code CHECK constraint failed: a}), so only
     * {@code a} took other values and {@code b} kept one too big for any: in a STRICT table (no text in an INTEGER column) no row.
     */
    @Test
    void anUnnamedCheckStartingWithAQuotedName() {
        lossFound("CREATE TABLE `boxes` (`id` integer PRIMARY KEY NOT NULL, `a` integer NOT NULL, `b` integer NOT NULL,"
                + " CHECK (`a` * `b` < 100 AND `a` > 0 AND `b` > 0)) STRICT;", "DELETE FROM `boxes`;", "\"boxes\": 3 of 3 rows deleted");
    }

    /** A UNIQUE code of a fixed pattern (no {@code *}): every row got AAA-0000, so the table held one row and keeping one lost nothing. */
    @Test
    void aUniqueCodeOfAFixedPattern() {
        lossFound("CREATE TABLE `skus` (`id` integer PRIMARY KEY NOT NULL, `code` text NOT NULL UNIQUE,"
                + " CHECK (`code` GLOB '[A-Z][A-Z][A-Z]-[0-9][0-9][0-9][0-9]'));",
                "DELETE FROM `skus` WHERE `id` NOT IN (SELECT min(`id`) FROM `skus`);", "\"skus\": 2 of 3 rows deleted");
    }

    /** An API key's prefix, written with LIKE's ESCAPE so that its _ is a _: the escape character was taken for text, and no row. */
    @Test
    void aLikePatternWithAnEscape() {
        lossFound("CREATE TABLE `api_keys` (`id` integer PRIMARY KEY NOT NULL, `k` text NOT NULL UNIQUE, CHECK (`k` LIKE 'sk\\_live\\_%' ESCAPE '\\'));",
                "DELETE FROM `api_keys`;", "\"api_keys\": 3 of 3 rows deleted");
    }

    /** A bcrypt hash's shape, a prefix and a length: the pattern's text was too short, the length's texts lacked the prefix; no row. */
    @Test
    void aPatternOfANamedLength() {
        lossFound("CREATE TABLE `logins` (`id` integer PRIMARY KEY NOT NULL, `pw` text NOT NULL, CHECK (length(`pw`) = 60 AND `pw` LIKE '$2%'));",
                "DELETE FROM `logins`;", "\"logins\": 3 of 3 rows deleted");
    }

    /**
     * Two bounded integers, one before the other, the first UNIQUE (a shift's start and end hour): the values inside the bounds
     * are the same row number for both columns, so start < end never held; two rows, the third refused.
     */
    @Test
    void twoBoundedIntegersInOrder() {
        lossFound("CREATE TABLE `shifts` (`id` integer PRIMARY KEY NOT NULL, `sh` integer NOT NULL UNIQUE, `eh` integer NOT NULL,"
                + " CHECK (`sh` < `eh` AND `sh` BETWEEN 0 AND 23 AND `eh` BETWEEN 1 AND 24));",
                "DELETE FROM `shifts` WHERE `id` NOT IN (SELECT min(`id`) FROM `shifts`);", "\"shifts\": 2 of 3 rows deleted");
    }
}
