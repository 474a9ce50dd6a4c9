package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.target.PrintedArgs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db:restore on the D1 stand-in, in batch mode (no terminal). */
class RestoreGoalTest {

    static final String TOKEN = "restore-goal-token-5150";

    /**
     * A timestamp Time Travel cannot go to (in the future: an offset mistaken) was checked only after the question, so batch mode
     * said 'needs -Ddb.force'; given -Ddb.force, the run then said the timestamp was wrong. It is refused first now, and the
     * question (and its refusal in batch mode) names what the database would be restored to.
     */
    @Test
    void aTimestampTimeTravelCannotReachIsRefusedBeforeTheQuestionWhichNamesTheRestorePoint(@TempDir Path dir) throws Exception {
        try (D1StandIn standIn = D1StandIn.start(dir.resolve("d1.sqlite"), "acct", "db-1", TOKEN)) {
            String future = Instant.now().plusSeconds(7200).toString();
            GodwitException e = assertThrows(GodwitException.class, () -> restore(dir, standIn, null, future).run());
            assertTrue(e.getMessage().startsWith("-Ddb.timestamp=" + future + " is in the future"), e.getMessage());

            String bookmark = standIn.currentBookmark();
            GodwitException ask = assertThrows(GodwitException.class, () -> restore(dir, standIn, bookmark, null).run());
            assertEquals("db:restore replaces all of the contents of Cloudflare D1 database db-1 (db-1) with bookmark " + bookmark + ". In batch"
                    + " mode it needs -Ddb.force to go ahead; nothing was changed.", ask.getMessage());
            assertEquals(List.of(), standIn.timeTravelQueries(), "nothing asked of Time Travel");
        }
    }

    /**
     * The printed commands of the way back (db:apply's "to go back", db:restore's "to undo this restore") carried
     * -Ddb.wrangler.config and wrangler's --config unquoted: a config under "My Projects" split the command at the space, and the
     * restore run as printed read another config, or none.
     */
    @Test
    void theWayBacksCommandsQuoteAConfigPathWithASpace(@TempDir Path dir) {
        RestoreMojo restore = new RestoreMojo(null);
        restore.env = "staging";
        restore.wranglerConfig = dir.resolve("My Projects/wrangler.toml").toFile();
        assertEquals(" -Ddb.env=staging '-Ddb.wrangler.config=" + dir.resolve("My Projects/wrangler.toml") + "'", restore.restoreArgs());
        assertEquals(" --env staging --config '" + dir.resolve("My Projects/wrangler.toml") + "'", restore.wranglerArgs());
        restore.wranglerConfig = dir.resolve("wrangler.toml").toFile();
        assertEquals(" -Ddb.env=staging -Ddb.wrangler.config=" + dir.resolve("wrangler.toml"), restore.restoreArgs(), "a plain path as it is");
    }

    /**
     * db:status -Dlocal -Ddb.tablesFilter=!legacy_* on a database db:push moved part of the way said "bring the rest with mvn db:push
     * -Dlocal ... then mvn db:baseline -Dlocal -Ddb.baseline=0001_more": pasted, the push planned "drop table legacy_kv" (refused
     * only for its rows) and the baseline refused "unexpected table: legacy_kv". The commands of one database's goals carry the
     * filter given on the command line, as a fleet's do.
     */
    @Test
    void thePrintedCommandsCarryTheTablesFilterHistoryAndFolderOfTheCommandLine() {
        StatusMojo status = new StatusMojo(null);
        status.env = "staging";   // (the project's settings unread)
        status.session = OneDatabaseGoalsTest.commandLine("db.tablesFilter", "!legacy_*", "db.local.path", "dev.sqlite");
        assertEquals(" -Ddb.env=staging -Ddb.local.path=dev.sqlite '-Ddb.tablesFilter=!legacy_*'", status.restoreArgs());
        // a history table and folder of the command line's too: a db:baseline pasted without them stopped on "no history table"
        status.session = OneDatabaseGoalsTest.commandLine("db.migrationsTable", "my_hist", "db.out", "migrations/app", "db.local.path", "dev.sqlite");
        assertEquals(" -Ddb.env=staging -Ddb.local.path=dev.sqlite -Ddb.out=migrations/app -Ddb.migrationsTable=my_hist", status.restoreArgs());
        status.session = OneDatabaseGoalsTest.commandLine();
        status.tablesFilter = "!legacy_*";   // from the POM: the pasted command reads it there itself
        assertEquals(" -Ddb.env=staging", status.restoreArgs());
    }

    /**
     * db:restore -Dlocal -Ddb.local.path=other.sqlite printed 'to undo this restore: mvn db:restore -Dlocal -Ddb.backup=COPY': run as
     * printed, that put other.sqlite's old contents into the default file (.godwit/local.sqlite), and left other.sqlite restored. The
     * undo now carries what picked the file, quotes the copy's path, and has -Ddb.force as the D1 undo has.
     */
    @Test
    void aLocalRestoresUndoCommandNamesTheFileItRestored(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("My Data/other.sqlite");
        java.nio.file.Files.createDirectories(other.getParent());
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(other)) {
            db.runAtomically(List.of("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"), false);
        }
        new dev.godwit.engine.restore.LocalBackups(dir.resolve(".godwit/backups"), 5).backup(other);
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(other)) {
            db.runAtomically(List.of("INSERT INTO t VALUES (2)"), false);
        }
        RestoreMojo restore = new RestoreMojo(null);
        restore.project = new org.apache.maven.project.MavenProject();
        restore.project.setFile(dir.resolve("pom.xml").toFile());
        restore.local = true;
        restore.localPath = other.toFile();
        restore.session = OneDatabaseGoalsTest.commandLine("local", "true", "db.local.path", other.toString());
        for (String[] field : new String[][] {{"force", "true"}}) {
            var f = RestoreMojo.class.getDeclaredField(field[0]);
            f.setAccessible(true);
            if (field[0].equals("force")) f.setBoolean(restore, true);
            else f.setInt(restore, 5);
        }
        List<String> lines = new java.util.ArrayList<>();
        restore.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });
        restore.run();
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(other)) {
            assertEquals(1, db.query("SELECT x FROM t").size(), "restored to the copy");
        }
        String kept = lines.stream().filter(l -> l.startsWith("The file as it was is kept as ")).findFirst().orElseThrow()
                .substring("The file as it was is kept as ".length());
        assertTrue(lines.contains("  to undo this restore: mvn db:restore -Dlocal '-Ddb.local.path=" + other + "' " + PrintedArgs.quoted("-Ddb.backup="
                + kept) + " -Ddb.force"), lines.toString());
    }

    /**
     * A local path set as the demo sets it (${project.basedir}/../.godwit/demo.sqlite) was named by db:restore as it was spelled,
     * "local SQLite file /app/demo/../.godwit/demo.sqlite", where db:apply, whose copy it restores, names /app/.godwit/demo.sqlite.
     * db:restore now names the file as db:apply does, in its question and refusal and in its log.
     */
    @Test
    void aLocalPathThroughDotDotIsNamedAsDbApplyNamesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".godwit/demo.sqlite");
        java.nio.file.Files.createDirectories(file.getParent());
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"), false);
        }
        Path copy = new dev.godwit.engine.restore.LocalBackups(dir.resolve("demo/.godwit/backups"), 5).backup(file);
        RestoreMojo restore = new RestoreMojo(null);
        restore.project = new org.apache.maven.project.MavenProject();
        restore.project.setFile(dir.resolve("demo/pom.xml").toFile());
        restore.local = true;
        restore.localPath = dir.resolve("demo/../.godwit/demo.sqlite").toFile();
        restore.session = OneDatabaseGoalsTest.commandLine("local", "true");
        GodwitException ask = assertThrows(GodwitException.class, restore::run);
        // and names the copy it would restore, with when it was taken (the batch-mode user cannot see it otherwise)
        String taken = copy.getFileName().toString().replaceAll(".*-(\\d{4})(\\d\\d)(\\d\\d)T(\\d\\d)(\\d\\d)(\\d\\d)\\.\\d{3}Z\\.sqlite", "$1-$2-$3T$4:$5:$6Z");
        assertEquals("db:restore replaces all of the contents of local SQLite file " + file + " with the copy " + copy.toAbsolutePath().normalize()
                + " (the latest, taken " + taken + "). In batch mode it needs -Ddb.force to go ahead; nothing was changed.", ask.getMessage());
        var force = RestoreMojo.class.getDeclaredField("force");
        force.setAccessible(true);
        force.setBoolean(restore, true);
        List<String> lines = new java.util.ArrayList<>();
        restore.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });
        restore.run();
        assertTrue(lines.get(0).startsWith("Restoring local SQLite file " + file + " from " + dir.resolve("demo/.godwit/backups/demo-")), lines.toString());
    }

    private static RestoreMojo restore(Path dir, D1StandIn standIn, String bookmark, String timestamp) throws Exception {
        RestoreMojo restore = new RestoreMojo(null);
        restore.project = new org.apache.maven.project.MavenProject();
        restore.project.setFile(dir.resolve("pom.xml").toFile());
        restore.project.getBuild().setDirectory(dir.resolve("target").toString());
        restore.d1AccountId = "acct";
        restore.d1DatabaseId = "db-1";
        restore.d1Endpoint = standIn.endpoint();
        restore.session = OneDatabaseGoalsTest.commandLine("db.d1.token", TOKEN);
        for (String[] field : new String[][] {{"bookmark", bookmark}, {"timestamp", timestamp}}) {
            var f = RestoreMojo.class.getDeclaredField(field[0]);
            f.setAccessible(true);
            f.set(restore, field[1]);
        }
        return restore;
    }

    /**
     * db:repair, db:baseline, db:push and db:status used 5 for the copies kept where db:apply and db:restore read -Ddb.backups: in a
     * project keeping 8 (in the POM), a db:repair pruned the older 3 of the copies db:apply had kept. Every goal reads it now.
     */
    @Test
    void aRepairKeepsAsManyCopiesAsTheProjectAsksNotFive(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".godwit/dev.sqlite");
        java.nio.file.Files.createDirectories(file.getParent());
        var keepEight = new dev.godwit.engine.restore.LocalBackups(dir.resolve(".godwit/backups"), 8);
        for (int i = 1; i <= 7; i++) {
            try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
                db.runAtomically(List.of("CREATE TABLE t" + i + " (x)"), false);
            }
            keepEight.backup(file);
        }
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE t8 (x)"), false);
        }
        RepairMojo repair = new RepairMojo(null);
        repair.project = new org.apache.maven.project.MavenProject();
        repair.project.setFile(dir.resolve("pom.xml").toFile());
        repair.project.getBuild().setDirectory(dir.resolve("target").toString());
        repair.local = true;
        repair.localPath = file.toFile();
        repair.session = OneDatabaseGoalsTest.commandLine("local", "true");
        repair.backups = 8;   // <backups>8</backups> in the POM
        repair.setLog(new org.apache.maven.plugin.logging.SystemStreamLog());
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(file)) {
            repair.wayBackBeforeHistoryChange("repair", db).get();
        }
        List<Path> copies = keepEight.list(file);
        assertEquals(8, copies.size(), copies.toString());
        try (var db = dev.godwit.engine.db.SqliteDatabase.open(copies.get(0))) {
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = 't2'"), "the oldest copy, of the first change, still there");
        }
    }
}
