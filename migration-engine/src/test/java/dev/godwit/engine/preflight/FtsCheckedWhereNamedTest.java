package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A review (round 50) measured the pre-flight's integrity-check of a full-text index with external content at 1.5-2 s on 100k
 * posts of 60 words, run before and after every migration that could reach its content table: a one-row UPDATE of the parent
 * {@code users}, which reaches {@code posts} only through a foreign key, went from 3.3 s to 7 s. Only an index whose content table
 * (or itself) a statement writes, drops, alters, renames or rebuilds is checked.
 */
class FtsCheckedWhereNamedTest {

    @Test
    void onlyAnIndexWhoseContentTableTheMigrationNamesIsChecked() {
        try (Replica r = Replica.empty()) {
            for (String s : List.of("CREATE TABLE users (id integer PRIMARY KEY, name text)",
                    "CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users(id), body text)",
                    "CREATE VIRTUAL TABLE posts_fts USING fts5(body, content='posts', content_rowid='id')",
                    "INSERT INTO users VALUES (1, 'ann')", "INSERT INTO posts VALUES (1, 1, 'hello world')",
                    "INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')")) {
                r.exec(s);
            }
            List<Shape> reached = List.copyOf(Shape.all(r).values());
            Map<String, String> checked = Map.of("posts_fts", "posts");
            assertEquals(Map.of(), FtsIndexes.sound(r, reached, List.of("UPDATE users SET name = 'x' WHERE id = 1")));
            assertEquals(Map.of(), FtsIndexes.sound(r, reached, List.of("DELETE FROM users WHERE id = 2", "INSERT INTO users SELECT id + 10, name FROM posts")));
            assertEquals(checked, FtsIndexes.sound(r, reached, List.of("UPDATE posts SET body = 'x' WHERE id = 1")));
            assertEquals(checked, FtsIndexes.sound(r, reached, List.of("WITH x AS (SELECT 1) DELETE FROM main.\"Posts\" WHERE id = 1")));
            assertEquals(checked, FtsIndexes.sound(r, reached, List.of("CREATE TABLE __new_posts (id text PRIMARY KEY, user_id integer, body text)",
                    "INSERT INTO __new_posts SELECT * FROM posts")));
            assertEquals(checked, FtsIndexes.sound(r, reached, List.of("ALTER TABLE posts RENAME TO articles")));
            assertEquals(checked, FtsIndexes.sound(r, reached, List.of("CREATE TABLE posts_new (id integer PRIMARY KEY, body text)",
                    "DROP TABLE IF EXISTS posts", "ALTER TABLE posts_new RENAME TO posts")));
            assertEquals(checked, FtsIndexes.sound(r, reached, List.of("INSERT INTO posts_fts(posts_fts) VALUES ('delete-all')")));
        }
    }
}
