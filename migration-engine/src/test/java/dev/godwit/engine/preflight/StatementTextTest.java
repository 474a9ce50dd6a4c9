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

    @Test
    void renameColumnStillCounts() {
        List<String> s = List.of("ALTER TABLE `t` RENAME COLUMN `a` TO `b`;", "ALTER TABLE `t` RENAME COLUMN `b` TO `c`;");
        assertEquals(Map.of("a", "c"), StatementText.renamedColumns(s, "t"));
    }
}
