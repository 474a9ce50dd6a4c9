package dev.godwit.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentTokensTest {

    @Test
    void aTextLexedAgainIsNotLexedAgainAndItsTokensCannotBeChanged() {
        RecentTokens recent = new RecentTokens(1000);
        String sql = "CREATE TABLE t (a integer) -- note";
        List<SqlLexer.Token> first = recent.all(sql);
        assertSame(first, recent.all(new String(sql)), "an equal text is found");
        assertEquals(SqlLexer.lex(sql), first);
        assertSame(recent.significant(sql), recent.significant(sql));
        assertEquals(List.of("CREATE", "TABLE", "t", "(", "a", "integer", ")"), recent.significant(sql).stream().map(SqlLexer.Token::text).toList());
        assertThrows(UnsupportedOperationException.class, () -> first.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> recent.significant(sql).add(first.get(0)));
    }

    @Test
    void itHoldsNoMoreCharactersThanItsBoundTheLeastRecentlyUsedGoingFirst() {
        RecentTokens recent = new RecentTokens(800);   // texts up to 100 characters are kept
        String keep = "SELECT 'kept' AS k FROM t -- padding to thirty";
        List<SqlLexer.Token> kept = recent.all(keep);
        List<SqlLexer.Token> early = recent.all("SELECT -1 AS n FROM some_table_of_mine");
        for (int i = 0; i < 40; i++) {
            recent.all("SELECT " + i + " AS n FROM some_table_of_mine");
            assertSame(kept, recent.all(keep), "used again each time: kept");
            assertTrue(recent.heldChars() <= 800, recent.heldChars() + " characters held");
        }
        assertNotSame(early, recent.all("SELECT -1 AS n FROM some_table_of_mine"), "lexed again: it went, as the least recently used");
        String long_ = "SELECT " + "x, ".repeat(60) + "y FROM t";   // over a text's bound (800 / 8)
        recent.all(long_);
        assertTrue(recent.heldChars() <= 800);
        assertNotSame(recent.all(long_), recent.all(long_), "a long text is lexed each time, not held");
    }

    @Test
    void theStatementsOfA500TableMigrationAreAllFoundOnTheNextPass() {
        // the checks read a migration's statements in order, pass after pass: with a bound below the migration's size each pass
        // pushed out what the next reads first, and none was found (the bound of 256K characters held none of these 272K)
        List<String> statements = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String t = String.format("t%04d", i);
            statements.add("CREATE TABLE `" + t + "` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `parent_id` integer, `name` text NOT NULL,"
                    + " `email` text, `score` real DEFAULT 0, `active` integer DEFAULT true NOT NULL, `created_at` integer DEFAULT (unixepoch())"
                    + " NOT NULL, `updated_at` integer, `payload` blob, `amount` numeric, `status` text DEFAULT 'new', `note` text,"
                    + " FOREIGN KEY (`parent_id`) REFERENCES `t0000`(`id`) ON UPDATE no action ON DELETE cascade);");
            statements.add("CREATE INDEX `" + t + "_name_idx` ON `" + t + "` (`name`);");
            statements.add("CREATE UNIQUE INDEX `" + t + "_email_unique` ON `" + t + "` (`email`);");
        }
        long chars = statements.stream().mapToLong(String::length).sum();
        assertTrue(chars > 1 << 18, chars + " characters");
        List<List<SqlLexer.Token>> first = statements.stream().map(SqlLexer::significant).toList();
        for (int i = 0; i < statements.size(); i++) {
            assertTrue(first.get(i) == SqlLexer.significant(statements.get(i)), "statement " + (i + 1) + " found, not lexed again");
        }
    }
}
