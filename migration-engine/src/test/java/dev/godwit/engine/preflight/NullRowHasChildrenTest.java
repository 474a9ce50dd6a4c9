package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.Introspector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run on rows holding NULL gives the first row of users a NULL email; whether that user had posts depended on which users the
 * generator linked the posts to. With each post linked to its own user (post 1 to user 1, ...), the one linked to the NULL user was
 * the row given a NULL reference, so a cleanup {@code DELETE FROM users WHERE email IS NULL} showed no cascade into posts, which a
 * real database (whose users without an email have posts) loses.
 */
class NullRowHasChildrenTest {

    private static List<String> lost(String init, String sql) {
        try (Replica r = Replica.empty()) {
            for (String s : init.split(";\n")) r.exec(s);
            Migration m = new Migration(new JournalEntry(1, "6", 1001L, "0001_cleanup", true), Path.of("0001_cleanup.sql"), sql);
            return EdgeRows.changes(r, m, Introspector.introspect(r), copy -> DataCheck.run(copy, m)).stream()
                    .map(c -> c.table() + ": " + c.rows() + " of " + c.of() + " " + c.kind()).toList();
        }
    }

    private static final String USERS = "CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text);\n"
            + "INSERT INTO users VALUES (1, 'a', 'a@x'), (2, 'b', 'b@x'), (3, 'c', 'c@x');\n";

    @Test
    void theUserHoldingANullEmailHasPostsWhateverTheGeneratorLinked() {
        String init = USERS + "CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users ON DELETE CASCADE, title text NOT NULL);\n"
                + "INSERT INTO posts VALUES (10, 1, 'p1'), (11, 2, 'p2'), (12, 3, 'p3')";
        // the posts table named too (its first row then holds a NULL reference, the next two share one)
        assertEquals(List.of("users: 3 of 3 ROWS_DELETED", "posts: 2 of 3 ROWS_DELETED"), lost(init,
                "DELETE FROM users WHERE id NOT IN (SELECT user_id FROM posts WHERE user_id IS NOT NULL) OR email IS NULL;"));
        assertEquals(List.of("users: 1 of 3 ROWS_DELETED", "posts: 2 of 3 ROWS_DELETED"), lost(init, "DELETE FROM users WHERE email IS NULL;"));
    }

    @Test
    void aReferenceTheDatabaseRefusesStaysAsGenerated() {
        // one post per user: pointing a second post at the NULL user breaks the UNIQUE reference, so the links stay
        String init = USERS + "CREATE TABLE profiles (id integer PRIMARY KEY, user_id integer UNIQUE REFERENCES users ON DELETE CASCADE);\n"
                + "INSERT INTO profiles VALUES (10, 1), (11, 2), (12, 3)";
        assertEquals(List.of("users: 1 of 3 ROWS_DELETED", "profiles: 1 of 3 ROWS_DELETED"), lost(init, "DELETE FROM users WHERE email IS NULL;"));
    }
}
