package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Golden file names recorded from a real wrangler run: wrangler 4.164.0, miniflare 5.20261117.0-beta,
 * workerd 1.20261117.1 (Node 22). Each name is what
 * {@code wrangler d1 execute DB --local --command "CREATE TABLE t(x)"} created under
 * {@code .wrangler/state/v3/d1/miniflare-D1DatabaseObject/} for a wrangler.toml with one
 * {@code [[d1_databases]]} entry, binding "DB". {@code wrangler d1 migrations apply DB --local} and
 * {@code wrangler dev} then used that same file, and {@code --persist-to DIR} produced
 * {@code DIR/v3/d1/miniflare-D1DatabaseObject/<same name>}.
 */
class WranglerStateTest {

    private static final String DATABASE_ID = "4f6c2e1a-1234-4bcd-9abc-0123456789ab";
    private static final String PREVIEW_DATABASE_ID = "9e8d7c6b-5a49-4382-b1a0-fedcba987654";

    @Test
    void databaseIdGivesTheFileWranglerCreates() {
        // wrangler.toml: database_id only
        assertEquals("9012a4b3b6b243473659919618b483fabca418d76b3f562eb4b95afb659f80d8.sqlite", WranglerState.fileName(DATABASE_ID));
    }

    @Test
    void previewDatabaseIdWinsWhenPresent() {
        // wrangler.toml: database_id and preview_database_id; wrangler (d1 --local and dev) names the file after the preview id
        assertEquals("7984479d3d1c7b07c950007b2c85d540378d79f9a89682d7c7c8a5674d3f0fd2.sqlite", WranglerState.fileName(PREVIEW_DATABASE_ID));
    }

    @Test
    void bindingIsTheIdentityWithoutAnyId() {
        // wrangler.toml: binding and database_name, no ids
        assertEquals("e7352547963de7050bd7d94658afc4fe78b61811b7815da12d90be8e863abf4d.sqlite", WranglerState.fileName("DB"));
    }

    @Test
    void referenceVectorFromD1Notes() {
        // The file name wrangler 4.86 gave this database id under .wrangler/state/v3/d1/, recorded from a real run.
        assertEquals("6677b72d0a0777966e6f7bb763d759fe665e01920e156b51edacef47053f4da4.sqlite",
                WranglerState.fileName("c020574a-5623-407b-be0c-cd192bab9545"));
    }

    @Test
    void pathLayoutUnderPersistTo() {
        Path state = Path.of("project", ".wrangler", "state");
        assertEquals(state.resolve("v3/d1/miniflare-D1DatabaseObject/9012a4b3b6b243473659919618b483fabca418d76b3f562eb4b95afb659f80d8.sqlite"),
                WranglerState.d1DatabaseFile(state, DATABASE_ID));
        Path custom = Path.of("/tmp/custom-state");
        assertEquals(Path.of("/tmp/custom-state/v3/d1/miniflare-D1DatabaseObject/e7352547963de7050bd7d94658afc4fe78b61811b7815da12d90be8e863abf4d.sqlite"),
                WranglerState.d1DatabaseFile(custom, "DB"));
    }
}
