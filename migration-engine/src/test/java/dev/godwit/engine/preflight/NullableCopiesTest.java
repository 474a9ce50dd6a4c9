package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a backup ({@code CREATE TABLE b AS SELECT ...}) holds though it declares nothing: read from its SELECT, not from a compound's first arm. */
class NullableCopiesTest {

    @TempDir
    Path dir;

    private SchemaDef posts() {
        try (SqliteDatabase live = SqliteDatabase.open(dir.resolve("shape.sqlite"))) {
            live.runAtomically(List.of("CREATE TABLE posts (id integer PRIMARY KEY, title text NOT NULL)"), false);
            return Introspector.introspect(live);
        }
    }

    @Test
    void aBackupOfTheRowsHoldsWhatItsColumnsHeld() {
        SchemaDef schema = posts();
        Map<String, NullableCopies.Held> made = new NullableCopies().backupsIn(
                List.of("CREATE TABLE posts_bak AS SELECT id, title FROM posts WHERE id > 0 ORDER BY id"), () -> schema);
        assertEquals(Set.of("id", "title"), made.get("posts_bak").notNull());
        assertEquals(Set.of("id"), made.get("posts_bak").distinct());
    }

    /**
     * A compound's later arm gives the backup other rows: here a NULL title and every id again. Where the compound came after
     * the first arm's WHERE, it was not seen, and the backup was taken to hold no NULL title and no id twice.
     */
    @Test
    void aBackupMadeByACompoundAfterAWhereHoldsNothingOfTheFirstArm() {
        SchemaDef schema = posts();
        for (String sql : List.of("CREATE TABLE posts_bak AS SELECT id, title FROM posts WHERE id > 0 UNION ALL SELECT id, NULL FROM posts",
                "CREATE TABLE posts_bak AS SELECT id, title FROM posts UNION ALL SELECT id, NULL FROM posts")) {
            Map<String, NullableCopies.Held> made = new NullableCopies().backupsIn(List.of(sql), () -> schema);
            assertFalse(made.containsKey("posts_bak"), sql + ": " + made);
        }
        NullableCopies copies = new NullableCopies();
        List<String> statements = List.of("CREATE TABLE posts_bak AS SELECT id, title FROM posts WHERE id > 0 UNION ALL SELECT id, NULL FROM posts");
        copies.ran(statements, copies.backupsIn(statements, () -> schema));
        assertFalse(copies.holdsNoNull("posts_bak", "title"));
        assertFalse(copies.holdsDistinct("posts_bak", "id"));
    }
}
