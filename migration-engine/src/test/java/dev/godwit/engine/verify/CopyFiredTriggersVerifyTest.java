package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team brief (round 54): a hand-written rebuild creating a counting trigger on its new table before the copy ({@code CREATE
 * TRIGGER posts_count AFTER INSERT ON __new_posts ...} then {@code INSERT INTO __new_posts SELECT ... FROM posts}) is refused by
 * db:apply's pre-flight on real rows (the copy fires it once for every row the table held), yet db:verify passed it: the replay
 * takes what a trigger the migration creates writes as written on purpose. It is a finding now, by the pre-flight's own rule.
 */
class CopyFiredTriggersVerifyTest {

    @TempDir
    Path dir;

    private static final SchemaDef SCHEMA = new SchemaDef(List.of(
            new TableDef("posts", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("title", "text")), null,
                    List.of(), List.of(), List.of(), null),
            new TableDef("stats", List.of(ColumnDef.of("k", "text").withPrimaryKey(true), ColumnDef.of("n", "integer").withNotNull(true)), null,
                    List.of(), List.of(), List.of(), null)), List.of());

    private static final String COPY = "INSERT INTO __new_posts SELECT id, title FROM posts;";

    private List<Finding> findings(String trigger, boolean triggerLast) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        if (!Files.exists(folder.sqlFile("0000_init"))) {
            new Generator().generate(SCHEMA, folder, GenerateOptions.batch().withName("init"));
            new Generator().generate(SCHEMA, folder, GenerateOptions.batch().withName("posts").withCustom(true));
        }
        List<String> s = new java.util.ArrayList<>(List.of("CREATE TABLE __new_posts (id integer PRIMARY KEY, title text);", COPY,
                "DROP TABLE posts;", "ALTER TABLE __new_posts RENAME TO posts;"));
        if (triggerLast) s.add(trigger.replace("__new_posts", "posts"));
        else s.add(1, trigger);
        Files.writeString(folder.sqlFile("0001_posts"), String.join("\n--> statement-breakpoint\n", s) + "\n");
        return Verifier.check(SCHEMA, folder).findings();
    }

    private static final String COUNTER = "CREATE TRIGGER posts_count AFTER INSERT ON __new_posts BEGIN UPDATE stats SET n = n + 1; END;";

    @Test
    void aTriggerTheCopyFiresIsAFinding() throws Exception {
        List<Finding> f = findings(COUNTER, false);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Kind.REPLAY, f.get(0).kind());
        assertEquals("drizzle/0001_posts.sql, statement 3:\n    " + COPY + "\n  copies rows the table held already into \"__new_posts\" and so fires"
                + " trigger \"posts_count\", which the migration creates on it before the copy, once for each of them (writing \"stats\"): on every"
                + " database holding rows there it writes for rows that are not new (a counter counts them again, an audit logs them as added),"
                + " and db:apply's pre-flight refuses it there. A rebuild creates the new table's triggers after the copy and the ALTER TABLE ..."
                + " RENAME: move the CREATE TRIGGER to the end of the migration (on the table's final name) (not written by db:generate: edit it);"
                + " on a database that has applied it already, record the edit with mvn db:repair (db:apply refuses an applied migration whose"
                + " text changed)", f.get(0).message());
        // created after the copy and the RENAME, as a rebuild does: nothing to say
        assertTrue(findings(COUNTER, true).isEmpty());
    }
}
