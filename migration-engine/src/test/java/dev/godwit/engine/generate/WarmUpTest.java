package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The warm-up must run the real code paths on its own schema, or it warms nothing (it swallows its failures by design). */
class WarmUpTest {

    @Test
    void plansItsTwoTablesWithIndexesAndAForeignKey() {
        String sql = WarmUp.run();
        assertEquals(4, sql.split("--> statement-breakpoint").length, sql);
        assertEquals(2, Arrays.stream(sql.split("\n")).filter(l -> l.startsWith("CREATE TABLE")).count(), sql);
        assertEquals(true, sql.contains("FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade"), sql);
        assertEquals(true, sql.contains("CREATE UNIQUE INDEX `accounts_email_unique` ON `accounts` (`email`);"), sql);
    }
}
