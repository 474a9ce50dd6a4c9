package dev.godwit.engine.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's warm-up goes down the paths a real db:generate and db:verify take, and leaves nothing behind. */
class DaemonWarmUpTest {

    @TempDir
    Path tmp;

    @Test
    void itCreatesChangesRechecksAndVerifiesASchemaFromJavaClassesAndYamlThenRemovesItsFolder() throws Exception {
        Path dir = tmp.resolve("key.warm-up");
        Files.createDirectories(dir.resolve("round-0/drizzle"));   // left by a daemon stopped while it warmed up
        Files.writeString(dir.resolve("round-0/drizzle/0000_left.sql"), "-- left");
        DaemonWarmUp.Rounds rounds = DaemonWarmUp.run(dir);
        List<GenerateReport> last = rounds.generated();
        assertFalse(Files.exists(dir));
        assertEquals(3, last.size());
        String created = last.get(0).sql();
        assertTrue(created.contains("CREATE TABLE `warm_up_accounts`"), created);   // the Java classes
        assertTrue(created.contains("CREATE TABLE `warm_up_t59`"), created);        // the YAML descriptor
        assertTrue(created.contains("CREATE INDEX `warm_up_entries_account_idx`"), created);
        String changed = last.get(1).sql();
        assertTrue(changed.contains("ALTER TABLE `warm_up_t4` ADD `added` text DEFAULT 'x' NOT NULL;"), changed);
        assertTrue(changed.contains("CREATE TABLE `__old_warm_up_t5` AS SELECT * FROM `warm_up_t5`;"), changed);   // a type changed: rebuilt
        assertTrue(changed.contains("CREATE INDEX `warm_up_t6_score_idx`"), changed);
        assertTrue(changed.contains("DROP TABLE `warm_up_t59`;"), changed);
        assertFalse(last.get(1).losses().isEmpty());
        assertFalse(last.get(2).written());
        // No warning either: the warm-up goes down the paths a clean project's runs take, not a warning's or a refusal's.
        for (GenerateReport r : last) assertEquals(List.of(), r.warnings());
        assertEquals(List.of(), rounds.verified().problems());   // db:verify's path too, on the folder the round wrote
        assertEquals(2, rounds.verified().migrations());
    }
}
