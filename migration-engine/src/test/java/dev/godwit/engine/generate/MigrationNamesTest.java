package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.engine.GodwitException;
import org.junit.jupiter.api.Test;

class MigrationNamesTest {

    @Test
    void portableNamesPass() {
        for (String ok : new String[] {"init", "add_users", "AddUsers-2", "CON", "x".repeat(100)}) {
            assertDoesNotThrow(() -> MigrationNames.requireValid(ok), ok);
        }
        assertDoesNotThrow(() -> MigrationNames.requireValid(null));
    }

    @Test
    void everythingElseIsRefusedNamingTheAllowedSet() {
        for (String bad : new String[] {"add users", "it's", "a;rm -rf", "ünïcode", "a/b", "a\\b", "v1.2", "x".repeat(101)}) {
            GodwitException e = assertThrows(GodwitException.class, () -> MigrationNames.requireValid(bad), bad);
            assertEquals(GodwitException.Kind.BROKEN, e.kind());
        }
        GodwitException e = assertThrows(GodwitException.class, () -> MigrationNames.requireValid("add users; drop"));
        assertEquals("db.name \"add users; drop\" cannot be a migration name: it becomes the file name NNNN_<name>.sql, so it may use only"
                + " the letters A-Z and a-z, the digits 0-9, _ and - (1 to 100 of them), e.g. -Ddb.name=add_users_drop", e.getMessage());
    }

    /** Accented letters are suggested plain, not dropped: "größe" was suggested as "gr_e". */
    @Test
    void theSuggestionWritesAccentedLettersPlain() {
        assertEquals("groesse_aendern", MigrationNames.suggestion("größe ändern"));
        assertEquals("cafe_creme", MigrationNames.suggestion("café crème"));
        assertEquals("Lodz_oresund", MigrationNames.suggestion("Łódź øresund"));
        assertEquals("my_change", MigrationNames.suggestion("日本"));
    }
}
