package dev.godwit.maven;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.restore.LocalBackups;
import dev.godwit.engine.restore.Restorer;
import dev.godwit.engine.target.PrintedArgs;
import dev.godwit.engine.target.Target;
import java.io.Console;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Brings the target database back to an earlier state. Cloudflare D1: to a Time Travel bookmark ({@code -Ddb.bookmark},
 * printed by every db:apply) or timestamp ({@code -Ddb.timestamp}, RFC 3339); prints the bookmark it replaced. Local
 * ({@code -Dlocal}): to the latest copy db:apply kept in .godwit/backups/, or {@code -Ddb.backup=FILE}. Replaces all
 * of the database's contents, so batch mode needs {@code -Ddb.force}.
 */
@Mojo(name = "restore", threadSafe = true)
public class RestoreMojo extends AbstractGodwitMojo {

    /** The Time Travel bookmark to restore D1 to, exactly as db:apply printed it. */
    @Parameter(property = "db.bookmark")
    private String bookmark;

    /** Restore D1 to its state at this time instead: RFC 3339 (2026-11-30T12:00:00Z) or Unix seconds, within the last 30 days. */
    @Parameter(property = "db.timestamp")
    private String timestamp;

    /** With -Dlocal: the copy to restore, instead of the latest in .godwit/backups/. */
    @Parameter(property = "db.backup")
    private File backup;

    /** Restore without asking (required in batch mode: a restore replaces all of the database's contents). */
    @Parameter(property = "db.force", defaultValue = "false")
    private boolean force;

    @Inject
    public RestoreMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void run() {
        Target target = target();
        // the bookmark log is read before a restore to a bookmark: one taken on another database is refused before anything is sent
        Restorer restorer = new Restorer(engineLog()).withBookmarksLog(bookmarksLog());
        if (target instanceof Target.RemoteD1 remote) {
            if ((bookmark == null || bookmark.isBlank()) == (timestamp == null || timestamp.isBlank())) {
                restorer.remote(remote, bookmark, timestamp, "");   // explains what is missing
            }
            restorer.refuseOtherDatabasesBookmark(remote, bookmark);   // before the question, as after it
            // a timestamp in the future or past Time Travel's 30 days is refused before the question, as after it
            String to = timestamp == null || timestamp.isBlank() ? "bookmark " + bookmark.strip()
                    : "its state at " + dev.godwit.engine.d1.D1TimeTravel.instantOf(timestamp, java.time.Instant.now());
            confirm("Cloudflare D1 database " + remote.name() + " (" + remote.settings().databaseId() + ")", " with " + to);
            // the history is read before and after: the restore says which migrations it took out (pending again) or put back
            try (dev.godwit.engine.db.Database db = openDatabase()) {
                restorer.readingHistory(db, historyTable())
                        .remote(remote, bookmark, timestamp, "mvn db:restore -Ddb.bookmark=BOOKMARK" + restoreArgs() + " -Ddb.force");
            }
        } else {
            if (bookmark != null || timestamp != null) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.bookmark and -Ddb.timestamp are for Cloudflare D1's Time Travel;"
                        + " a local file has none. With -Dlocal, db:restore brings back a copy db:apply kept (-Ddb.backup=FILE for a given one).");
            }
            // named as db:apply names it (demo/../.godwit/x.sqlite read as .godwit/x.sqlite)
            Path file = (target instanceof Target.LocalFile f ? f.file() : ((Target.WranglerLocalD1) target).file()).toAbsolutePath().normalize();
            LocalBackups localBackups = localBackups();
            Path from = backup == null ? null : project.getBasedir().toPath().resolve(backup.toPath());
            // wrangler's local D1 file is named by a hash: the lines say which binding and environment it is of
            String described = projectSettings().localD1Description(target);
            restorer.describingLocalFile(described);
            if (from == null && localBackups.list(file).isEmpty() || from != null && !from.toFile().isFile()) {
                restorer.local(file, localBackups, from);   // explains what is missing, changes nothing
            }
            // which copy it would be: the latest may be older than the user thinks (a later apply kept none, a prune took others)
            confirm(described == null ? "local SQLite file " + file : described + ", " + file, Restorer.localCopy(file, localBackups, from));
            // the undo names this file as this run picked it, or it would restore the default one
            restorer.local(file, localBackups, from, kept -> "mvn db:restore -Dlocal" + restoreArgs() + " " + PrintedArgs.quoted("-Ddb.backup=" + kept)
                    + " -Ddb.force");
        }
    }

    /** Asks before replacing the contents of {@code what} ({@code with}: by what, or empty), unless -Ddb.force. */
    private void confirm(String what, String with) {
        if (force) return;
        Console console = System.console();
        if (!interactive() || console == null) {
            throw new GodwitException(GodwitException.Kind.REFUSED, "db:restore replaces all of the contents of " + what + with
                    + ". In batch mode it needs -Ddb.force to go ahead; nothing was changed.");
        }
        String answer = console.readLine("db:restore replaces all of the contents of %s%s. OK to proceed? (y/N) ", what, with);
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw new GodwitException(GodwitException.Kind.REFUSED, "db:restore was not confirmed; nothing was changed.");
        }
    }
}
