package dev.godwit.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void countsEachInsertRemovalChangeAndSwapAsOneEdit() {
        assertEquals(0, Typos.edits("drizzle", "drizzle"));
        assertEquals(1, Typos.edits("drizle", "drizzle"));
        assertEquals(1, Typos.edits("drizzel", "drizzle"), "two neighbours swapped");
        assertEquals(1, Typos.edits("drizzke", "drizzle"));
        assertEquals(2, Typos.edits("nope", "code"));
        assertEquals(3, Typos.edits("", "abc"));
    }

    @Test
    void nearestAllowsOneEditPerFourLettersAndNeverTheWordItself() {
        assertEquals(List.of("columns"), Typos.nearest("colums", List.of("name", "columns", "checks")));
        assertEquals(List.of("primaryKey"), Typos.nearest("primarykey", List.of("primaryKey", "name")), "case alone is a typo");
        assertEquals(List.of(), Typos.nearest("nope", List.of("code")), "two edits in four letters: another word");
        assertEquals(List.of("db.migrationsTable"), Typos.nearest("db.migrationTable", List.of("db.migrationsTable", "db.local.path")));
        assertEquals(List.of(), Typos.nearest("users", List.of("users")));
        assertEquals(List.of("ab", "ba"), Typos.nearest("aa", List.of("ab", "ba", "cc")), "equally near: all, in the candidates' order");
    }
}
