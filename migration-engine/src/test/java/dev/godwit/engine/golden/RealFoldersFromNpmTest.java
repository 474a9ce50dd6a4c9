package dev.godwit.engine.golden;

import static dev.godwit.engine.golden.RealFoldersTest.REAL;
import static dev.godwit.engine.golden.RealFoldersTest.TOKEN;
import static dev.godwit.engine.golden.RealFoldersTest.WRANGLER;
import static dev.godwit.engine.golden.RealFoldersTest.apply;
import static dev.godwit.engine.golden.RealFoldersTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.preflight.Preflight;
import dev.godwit.engine.preflight.PreflightRefusedException;
import dev.godwit.engine.target.Target;
import dev.godwit.engine.testing.RecordingLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration folders shipped in npm packages (src/test/resources/real-folders/, SOURCE.md in each naming the package, version
 * and licence): what a user switching to Godwit with such a folder runs.
 */
class RealFoldersFromNpmTest {

    @TempDir
    Path dir;

    static final Path SONIC = REAL.resolve("sonicjs-cms__core/migrations");

    /**
     * SonicJS's 32 hand-written wrangler migrations (three-digit numbers, 010 missing): 002..018 seed collections, fields and
     * workflows, 019 deletes the blog-posts collection they seeded. On a fresh file, a fresh wrangler local D1 file and a new D1
     * database the pre-flight refused 019 ("1 of 3 rows deleted ... Nothing was applied") over rows the same apply writes: the
     * database held none. Now all 32 apply, and the pre-flight says what the migrations remove of their own rows.
     */
    @Test
    void sonicJsAppliesToAFreshFileLocalD1AndD1() {
        MigrationsFolder folder = MigrationsFolder.at(SONIC);
        List<Migration> all = Migrator.local(folder, WRANGLER);
        assertEquals(32, all.size());
        assertEquals("001_initial_schema", all.get(0).tag());
        assertEquals("033_form_content_integration", all.get(31).tag());
        List<String> refused = new ArrayList<>();
        for (Migration m : all) {
            for (int i = 0; i < m.statements().size(); i++) {
                String p = StatementRules.d1Problem(m, i);
                if (p != null) refused.add(p);
            }
        }
        assertEquals(List.of(), refused, "no statement D1 refuses");

        Path db = dir.resolve("fresh.sqlite");
        RecordingLog log = new RecordingLog();
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            Preflight p = Preflight.forTarget(new Target.LocalFile(db), d, Set.of(WRANGLER.name()), false, log).withCommandArgs("");
            assertEquals(32, new Migrator(d, WRANGLER, EngineLog.SILENT).checkingPendingWith(p).apply(folder, ApplyOptions.defaults()).applied().size());
        }
        String own = log.lines().stream().filter(l -> l.contains("held no rows before")).findFirst().orElseThrow(() -> new AssertionError(log.lines()));
        assertTrue(own.startsWith("INFO Pre-flight: a copy of " + db + " (its rows as they are now) held no rows before the pending migrations;"
                + " of the rows they write themselves, later ones remove or rewrite these (nothing the database held):\n"
                + "  - \"collections\": 1 of 3 rows deleted, through 019_remove_blog_posts_collection.sql statement 3: DELETE FROM collections"
                + " WHERE id = 'blog-posts-collection';"), own);
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("INFO Pre-flight: ran 32 pending migration(s)") && l.contains(
                "0 row(s) in 0 table(s): no rows removed or rewritten but their own, above")), log.lines().toString());
        assertEquals(List.of(), apply(db, folder, WRANGLER).applied(), "a second apply finds nothing pending");
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            assertTrue(tables(d).containsAll(List.of("collections", "content", "users", "d1_migrations")), tables(d).toString());
            assertEquals(List.of(), d.query("SELECT id FROM collections WHERE id = 'blog-posts-collection'"), "019 ran");
            assertEquals(32L, ((Number) d.query("SELECT count(*) AS n FROM d1_migrations").get(0).get("n")).longValue());
        }

        Path file = dir.resolve("local-d1.sqlite");
        try (SqliteDatabase d = SqliteDatabase.openLikeD1(file)) {
            Migrator m = new Migrator(d, WRANGLER, EngineLog.SILENT).checkingPendingWith(Preflight.forTarget(
                    new Target.WranglerLocalD1(file, "DB"), d, Set.of(WRANGLER.name()), false, EngineLog.SILENT));
            assertEquals(32, m.apply(folder, ApplyOptions.defaults()).applied().size());
        }

        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db", TOKEN);
             D1Database d1 = new D1Database(new D1Settings("acct", "db", TOKEN, standIn.endpoint()))) {
            Migrator m = new Migrator(d1, WRANGLER, EngineLog.SILENT).checkingPendingWith(
                    Preflight.ofLiveSchema(d1, Set.of(WRANGLER.name()), false, EngineLog.SILENT));
            assertEquals(32, m.apply(folder, ApplyOptions.defaults()).applied().size());
        }
    }

    /**
     * The same 019 over a database that holds the seeded rows already (001..018 applied before, by wrangler or an earlier apply)
     * is still refused: those rows are the database's now, and an undeclared DELETE of them is a loss to declare.
     */
    @Test
    void sonicJsDeleteOfRowsTheDatabaseHoldsIsStillRefused() {
        MigrationsFolder folder = MigrationsFolder.at(SONIC);
        List<Migration> all = Migrator.local(folder, WRANGLER);
        Path db = dir.resolve("held.sqlite");
        try (SqliteDatabase d = SqliteDatabase.open(db)) {
            new Migrator(d, WRANGLER, EngineLog.SILENT).apply(all.subList(0, 17), ApplyOptions.defaults());
        }
        PreflightRefusedException e = assertThrows(PreflightRefusedException.class, () -> apply(db, folder, WRANGLER));
        assertTrue(e.getMessage().contains("- \"collections\": 1 of 3 rows deleted, through 019_remove_blog_posts_collection.sql statement 3:"
                + " DELETE FROM collections WHERE id = 'blog-posts-collection';"), e.getMessage());
    }
}
