package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which columns a migration renames, as the pre-flight reads it to match a table's rows before and after: RENAME COLUMN, and a
 * rebuild's copy under another name (db:generate's for a column named rowid, oid or _rowid_, which SQLite 3.5x will not rename).
 */
class StatementTextTest {

    @Test
    void aRebuildsCopyUnderAnotherNameIsARename() {
        List<String> backup = List.of("CREATE TABLE `__old_t` AS SELECT * FROM `t`;", "DROP TABLE `t`;",
                "CREATE TABLE `t` (`id` integer PRIMARY KEY, `rowid` integer, `parent` text DEFAULT 'none');",
                "INSERT INTO `t`(`id`,`rowid`) SELECT `id`, `parent` FROM `__old_t`;", "DROP TABLE `__old_t`;");
        assertEquals(Map.of("parent", "rowid"), StatementText.renamedColumns(backup, "t"));
        List<String> temp = List.of("CREATE TABLE `__new_t` (`id` integer PRIMARY KEY, `OID` text);",
                "INSERT INTO `__new_t`(`id`,`OID`) SELECT \"id\", [legacy] FROM `t`;", "DROP TABLE `t`;", "ALTER TABLE `__new_t` RENAME TO `t`;");
        assertEquals(Map.of("legacy", "OID"), StatementText.renamedColumns(temp, "t"));
    }

    @Test
    void namesHoldingCommasAndParenthesesAreReadWhole() {
        List<String> s = List.of("CREATE TABLE `__old_t` AS SELECT * FROM `t`;",
                "INSERT INTO `t`(`a, b)`,`_rowid_`) SELECT `a, b)`, \"x (y)\" FROM `__old_t`;");
        assertEquals(Map.of("x (y)", "_rowid_"), StatementText.renamedColumns(s, "t"));
    }

    @Test
    void aFillOrAFilteredCopyRenamesNothing() {
        List<String> fill = List.of("CREATE TABLE `__old_t` AS SELECT * FROM `t`;",
                "INSERT INTO `t`(`id`,`rowid`) SELECT `id`, coalesce(`parent`, 0) FROM `__old_t`;");
        assertEquals(Map.of(), StatementText.renamedColumns(fill, "t"));
        List<String> filtered = List.of("CREATE TABLE `__old_t` AS SELECT * FROM `t`;",
                "INSERT INTO `t`(`id`,`rowid`) SELECT `id`, `parent` FROM `__old_t` WHERE `id` > 1;");
        assertEquals(Map.of(), StatementText.renamedColumns(filtered, "t"));
        List<String> elsewhere = List.of("INSERT INTO `t`(`id`,`rowid`) SELECT `id`, `parent` FROM `other`;");
        assertEquals(Map.of(), StatementText.renamedColumns(elsewhere, "t"));
    }

    /**
     * Statements are first sorted out by the words they say, as this runs per table; what names the table only through a copy,
     * the table that becomes it, another letter case or an escaped quote must still be read.
     */
    @Test
    void aStatementNamingTheTableOnlyThroughACopyOrInAnotherSpellingIsStillRead() {
        List<String> throughBoth = List.of("CREATE TABLE `__old_t` AS SELECT * FROM `T`;", "DROP TABLE `t`;",
                "CREATE TABLE `__new_t` (`id` integer PRIMARY KEY, `rowid` integer);",
                "INSERT INTO `__NEW_T`(`id`,`rowid`) SELECT `id`, `parent` FROM `__Old_T`;", "ALTER TABLE `__new_t` RENAME TO `t`;");
        assertEquals(Map.of("parent", "rowid"), StatementText.renamedColumns(throughBoth, "t"));
        List<String> quoted = List.of("CREATE TABLE \"__new_we\"\"ird\" (\"id\" integer PRIMARY KEY, \"OID\" text);",
                "INSERT INTO \"__new_we\"\"ird\"(\"id\",\"OID\") SELECT \"id\", \"legacy\" FROM \"we\"\"ird\";", "DROP TABLE \"we\"\"ird\";",
                "ALTER TABLE \"__new_we\"\"ird\" RENAME TO \"we\"\"ird\";");
        assertEquals(Map.of("legacy", "OID"), StatementText.renamedColumns(quoted, "we\"ird"));
        List<String> otherTable = List.of("CREATE TABLE `__old_u` AS SELECT * FROM `u`;",
                "INSERT INTO `u`(`id`,`rowid`) SELECT `id`, `parent` FROM `__old_u`;");
        assertEquals(Map.of(), StatementText.renamedColumns(otherTable, "t"));
    }

    /** A copy's SELECT DISTINCT: its first column was read as the expression "DISTINCT a", renaming nothing and leaving the column behind. */
    @Test
    void aDistinctCopyReadsItsFirstColumnPastTheDistinct() {
        List<String> s = List.of("CREATE TABLE `__new_t` (`OID` text, `id` integer);",
                "INSERT INTO `__new_t`(`OID`,`id`) SELECT DISTINCT `legacy`, `id` FROM `t`;", "DROP TABLE `t`;", "ALTER TABLE `__new_t` RENAME TO `t`;");
        assertEquals(Map.of("legacy", "OID"), StatementText.renamedColumns(s, "t"));
        assertEquals(false, StatementText.leftBehind(s, "t", "legacy"));
    }

    @Test
    void renameColumnStillCounts() {
        List<String> s = List.of("ALTER TABLE `t` RENAME COLUMN `a` TO `b`;", "ALTER TABLE `t` RENAME COLUMN `b` TO `c`;");
        assertEquals(Map.of("a", "c"), StatementText.renamedColumns(s, "t"));
    }

    /**
     * A migration's words cut once ({@link StatementText#said}) answer as the statements cut for each table do: one list per
     * statement, empty and comment-only ones too, so the words read for statement i are statement i's (words shifted past an
     * empty statement took the DROP's mention of orders for a read before it, and a table dropped for another as kept).
     */
    @Test
    void wordsCutOnceAnswerAsWordsCutPerTable() {
        List<String> dropped = List.of("-- the old orders go", "", "DROP TABLE `orders`;", "CREATE TABLE `Orders` (`id` integer PRIMARY KEY);");
        List<String> readFirst = List.of("INSERT INTO `archive` SELECT * FROM `orders`;", "DROP TABLE `orders`;", "CREATE TABLE `Orders` (`id` integer PRIMARY KEY);");
        List<String> same = List.of("DELETE FROM `log`;", "DELETE FROM `log`;", "DROP TABLE `log`;", "CREATE TABLE `LOG` (`id` integer);");
        List<String> reset = List.of("DROP TABLE IF EXISTS `orders`;", "CREATE TABLE `orders` (`id` integer PRIMARY KEY);");
        Map<List<String>, Map<String, Boolean>> expected = Map.of(dropped, Map.of("orders", true, "archive", false),
                readFirst, Map.of("orders", false), same, Map.of("log", false), reset, Map.of("orders", false));
        expected.forEach((statements, byTable) -> byTable.forEach((table, answer) -> {
            assertEquals(answer, StatementText.droppedForAnotherTable(statements, table), table + " in " + statements);
            assertEquals(answer, StatementText.droppedForAnotherTable(statements, StatementText.said(statements), table), table + " in " + statements);
        }));
        assertEquals(dropped.size(), StatementText.said(dropped).size());
    }
}
