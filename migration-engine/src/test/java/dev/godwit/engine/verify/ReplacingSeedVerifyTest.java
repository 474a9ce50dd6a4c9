package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team brief (round 55): a hand-written seed {@code INSERT OR REPLACE INTO users (id, ...) VALUES (1, ...)} deletes user 1
 * on a database that has one, and with it, through {@code ON DELETE CASCADE}, that user's posts (D1 runs with foreign keys on).
 * db:apply's pre-flight on D1 refuses it (UnseenReplace: its generated keys cannot show which rows the seed replaces), yet
 * db:verify passed it: the replay's generated keys start far from the seed's small ids, so nothing was replaced there. The CI
 * gate was green for a migration the deploy then refused. It is a finding now, by the pre-flight's own rule.
 */
class ReplacingSeedVerifyTest {

    @TempDir
    Path dir;

    private static final SchemaDef SCHEMA = new SchemaDef(List.of(
            new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("email", "text")), null,
                    List.of(), List.of(), List.of(), null),
            new TableDef("posts", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("user_id", "integer"),
                    ColumnDef.of("title", "text")), null, List.of(),
                    List.of(new ForeignKeyDef("posts_user_id_users_id_fk", "posts", List.of("user_id"), "users", List.of("id"), FkAction.CASCADE,
                            FkAction.NO_ACTION)), List.of(), null)), List.of());

    private List<Finding> findings(String seed) throws Exception {
        return findings(seed, true);
    }

    private List<Finding> findings(String seed, boolean d1) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        if (!Files.exists(folder.sqlFile("0000_init"))) {
            new Generator().generate(SCHEMA, folder, GenerateOptions.batch().withName("init"));
            new Generator().generate(SCHEMA, folder, GenerateOptions.batch().withName("seed").withCustom(true));
        }
        Files.writeString(folder.sqlFile("0001_seed"), seed + "\n");
        return Verifier.check(() -> SCHEMA, folder, d1).findings();
    }

    @Test
    void aSeedReplacingAParentRowWithCascadingChildrenIsAFinding() throws Exception {
        List<Finding> f = findings("INSERT OR REPLACE INTO users (id, email) VALUES (1, 'admin@acme.io');");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Kind.REPLAY, f.get(0).kind());
        assertEquals("drizzle/0001_seed.sql replaces rows by key, which the replay's generated rows (keys from 1000000 up) cannot show:"
                + " a database holding a row under a replaced key loses it first, its ON DELETE CASCADE / SET NULL children with it (db:apply's"
                + " pre-flight on D1 refuses it):\n"
                + "  - Migration 0001_seed.sql, statement 1 of 1: INSERT OR REPLACE INTO users (id, email) VALUES (1, 'admin@acme.io');\n"
                + "    deletes the rows of \"users\" it conflicts with, and with them rows or references of \"posts\"\n"
                + "    (if the migration means that, it says so: -- godwit:accept-data-loss posts)\n"
                + "  Write an upsert that deletes nothing, INSERT … ON CONFLICT (key) DO UPDATE SET … (not written by db:generate: edit it);"
                + " on a database that has applied it already, record the edit with mvn db:repair (db:apply refuses an applied migration whose"
                + " text changed)", f.get(0).message());
    }

    @Test
    void anUpsertOrADeclaredLossIsNot() throws Exception {
        assertTrue(findings("INSERT INTO users (id, email) VALUES (1, 'admin@acme.io') ON CONFLICT (id) DO UPDATE SET email = excluded.email;").isEmpty());
        assertTrue(findings("-- godwit:accept-data-loss posts\nINSERT OR REPLACE INTO users (id, email) VALUES (1, 'admin@acme.io');").isEmpty());
    }

    /**
     * A project on a SQLite file (no D1): db:apply's pre-flight copies the real file, so a REPLACE that deletes a real row and its
     * children is counted there as the loss it is, and one that replaces nothing passes. db:verify refused the seed all the same,
     * saying "db:apply's pre-flight on D1 refuses it" of a project that has no D1, and asked for a loss declaration the apply
     * would then take as leave to delete rows. The finding is a D1 project's only.
     */
    @Test
    void aSeedReplacingAParentRowIsNoFindingInAProjectWithoutD1() throws Exception {
        List<Finding> f = findings("INSERT OR REPLACE INTO users (id, email) VALUES (1, 'admin@acme.io');", false);
        assertTrue(f.isEmpty(), f.toString());
    }
}
