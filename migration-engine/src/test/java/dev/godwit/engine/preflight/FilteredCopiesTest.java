package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 58, c08): phones moved to a profiles table, {@code INSERT INTO profiles (user_id, phone) SELECT id, phone FROM
 * users WHERE phone LIKE '+%'}, then {@code ALTER TABLE users DROP COLUMN phone}: db:apply -Dlocal said "they drop the column
 * "users"."phone" (4 values)", and '555 0101' was gone without a word of the copy that left it behind. The summary now says how
 * many of the column's values went nowhere and which statement's WHERE left them out.
 */
class FilteredCopiesTest {

    @TempDir
    Path dir;

    private Path file() {
        return PreflightTestFiles.file(dir, "CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text NOT NULL, phone text)",
                "INSERT INTO users VALUES (1, 'ann', '+44 20 7946 0000'), (2, 'bob', '555 0101'), (3, 'cy', '+1 212 555 0100'), (4, 'di', '0161 496 0000'),"
                        + " (5, 'ed', NULL)");
    }

    private String summary(String sql) {
        Migration m = PreflightTestFiles.migration(dir, "0001_split", "CREATE TABLE profiles (user_id integer PRIMARY KEY NOT NULL, phone text NOT NULL);\n"
                + "--> statement-breakpoint\n" + sql + "\n--> statement-breakpoint\nALTER TABLE users DROP COLUMN phone;");
        RecordingLog log = new RecordingLog();   // one per run: a test's later summaries are not its first one's
        Preflight.ofFile(file(), false, log).check(List.of(m));
        return log.lines().stream().filter(l -> l.contains("no rows removed or rewritten")).findFirst().orElse(log.lines().toString());
    }

    @Test
    void theValuesAFilteredCopyLeftBehindAreCounted() {
        String said = summary("INSERT INTO profiles (user_id, phone) SELECT id, phone FROM users WHERE phone LIKE '+%';");
        assertTrue(said.contains("; they drop the column \"users\".\"phone\" (4 values; 2 of them copied nowhere, left out by the WHERE of"
                + " 0001_split.sql statement 2), the values it held"), said);
    }

    @Test
    void anAliasedCopyIsReadAsWell() {
        String said = summary("INSERT INTO profiles SELECT u.id, u.phone FROM users AS u WHERE u.phone LIKE '+1%' AND u.id > 0;");
        assertTrue(said.contains("(4 values; 3 of them copied nowhere, left out by the WHERE of 0001_split.sql statement 2)"), said);
    }

    @Test
    void aCopyOfEveryValueSaysNothingMore() {
        // the WHERE leaves out only the row holding no phone
        String said = summary("INSERT INTO profiles (user_id, phone) SELECT id, phone FROM users WHERE phone IS NOT NULL;");
        assertTrue(said.contains("they drop the column \"users\".\"phone\" (4 values), the values it held"), said);
        said = summary("INSERT INTO profiles (user_id, phone) SELECT id, coalesce(phone, '') FROM users;");
        assertTrue(said.contains("they drop the column \"users\".\"phone\" (4 values), the values it held"), said);
    }

    /**
     * A copy that never reads the column was taken for one of it where its SELECT multiplied ({@code SELECT id, length(name) * 2
     * ... WHERE id > 2}, the {@code *} read as {@code SELECT *}), and a copy into a table the migration drops again was taken as
     * keeping what it copied: both said "N of them copied nowhere, left out by the WHERE", as if the rest were kept. Neither is a
     * copy of the column; the summary says its values as it did ("4 values"), all of them gone with it.
     */
    @Test
    void aCopyNotOfTheColumnOrIntoATableDroppedAgainIsNoCopy() {
        String said = summary("INSERT INTO profiles (user_id, phone) SELECT id, length(name) * 2 FROM users WHERE id > 2;");
        assertTrue(said.contains("they drop the column \"users\".\"phone\" (4 values), the values it held"), said);
        said = summary("INSERT INTO profiles (user_id, phone) SELECT id, phone FROM users WHERE phone LIKE '+%';\n--> statement-breakpoint\n"
                + "DROP TABLE profiles;");
        assertTrue(said.contains("they drop the column \"users\".\"phone\" (4 values), the values it held"), said);
        // SELECT * and SELECT u.* still copy it
        said = summary("CREATE TABLE users_plus (id integer, name text, phone text);\n--> statement-breakpoint\n"
                + "INSERT INTO users_plus SELECT u.* FROM users u WHERE u.phone LIKE '+%';");
        assertTrue(said.contains("(4 values; 2 of them copied nowhere, left out by the WHERE of 0001_split.sql statement 3)"), said);
    }

    /**
     * The copy's SELECT as the pre-flight's one reader of copies reads it (sql/SelectParts, shared with the CASTs of a copy): a WITH
     * before the INSERT, INSERT OR IGNORE, quoted names, an ORDER BY ending the WHERE; a compound SELECT after a GROUP BY is no copy
     * of one table's rows (its WHERE was counted as the copy's, though the rows of the SELECT after UNION go as well).
     */
    @Test
    void aCopyAfterAWithOrOrderedIsReadAndACompoundIsNot() {
        String said = summary("WITH n AS (SELECT 1) INSERT OR IGNORE INTO \"profiles\" (\"user_id\", [phone]) SELECT \"id\", `phone` FROM \"users\""
                + " WHERE \"phone\" LIKE '+%' ORDER BY id LIMIT 10;");
        assertTrue(said.contains("(4 values; 2 of them copied nowhere, left out by the WHERE of 0001_split.sql statement 2)"), said);
        said = summary("INSERT INTO profiles (user_id, phone) SELECT id, phone FROM users WHERE phone LIKE '+%' GROUP BY id"
                + " UNION ALL SELECT id, phone FROM users WHERE phone NOT LIKE '+%';");
        assertTrue(said.contains("they drop the column \"users\".\"phone\" (4 values), the values it held"), said);
    }
}
