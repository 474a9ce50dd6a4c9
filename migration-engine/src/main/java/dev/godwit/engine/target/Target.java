package dev.godwit.engine.target;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import java.nio.file.Path;

/** The database a goal works on, decided once from the settings by {@link Targets#resolve}. */
public sealed interface Target permits Target.LocalFile, Target.WranglerLocalD1, Target.RemoteD1, Target.D1Fleet {

    /** Whether the target is reached over the network (and so has Time Travel, rate limits, no foreign-keys-off). */
    boolean remote();

    /** Opens a connection to it; the caller closes it. */
    Database open();

    /**
     * As {@link #open()}, saying in {@code log} when a statement waits long for another connection's lock on a local file, or
     * for Cloudflare's rate limit.
     */
    default Database open(EngineLog log) {
        return open();
    }

    /** A plain SQLite file ({@code -Dlocal}), run like D1: foreign keys on, each migration one transaction. */
    record LocalFile(Path file) implements Target {
        @Override
        public boolean remote() {
            return false;
        }

        @Override
        public Database open() {
            return SqliteDatabase.open(file);
        }

        @Override
        public Database open(EngineLog log) {
            return SqliteDatabase.open(file, log::warn);
        }
    }

    /**
     * The SQLite file wrangler's local D1 uses for {@code identity} (its preview id, id or binding). {@code description}: what it
     * is, as the lines that name it say it ({@link ProjectSettings#localD1Description}: the config, environment and binding that
     * chose it), its name being a hash; null: none known, the path alone.
     */
    record WranglerLocalD1(Path file, String identity, String description) implements Target {
        public WranglerLocalD1(Path file, String identity) {
            this(file, identity, null);
        }

        @Override
        public boolean remote() {
            return false;
        }

        @Override
        public Database open() {
            return SqliteDatabase.openLikeD1(file, description);
        }

        @Override
        public Database open(EngineLog log) {
            return SqliteDatabase.openLikeD1(file, description, log::warn);
        }
    }

    /**
     * A Cloudflare D1 database over its HTTP API.
     *
     * @param tokenSource where the token came from, for messages ("the environment variable CLOUDFLARE_D1_TOKEN"); never the token
     * @param name        what wrangler's commands call the database (database_name from wrangler's config, else the id)
     */
    record RemoteD1(D1Settings settings, String tokenSource, String name) implements Target {
        public RemoteD1(D1Settings settings, String tokenSource) {
            this(settings, tokenSource, settings.databaseId());
        }

        @Override
        public boolean remote() {
            return true;
        }

        @Override
        public Database open() {
            return new D1Database(settings);
        }

        /** As {@link #open()}, saying in {@code log} each wait after Cloudflare's rate limit (HTTP 429), up to a minute each. */
        @Override
        public Database open(EngineLog log) {
            return new D1Database(settings, log::info);
        }

        @Override
        public String toString() {
            return "RemoteD1[" + settings + ", token from " + tokenSource + "]";
        }
    }

    /**
     * Many Cloudflare D1 databases of one account, reached with one token ({@code -Ddb.d1.databases}).
     * A fleet is worked one database at a time by the fleet runner; {@link #open()} refuses.
     *
     * @param template    the account, token and endpoint; its database id is a placeholder, replaced per member
     * @param selection   which databases
     * @param tokenSource where the token came from, for messages; never the token
     */
    record D1Fleet(D1Settings template, FleetSelection selection, String tokenSource) implements Target {
        @Override
        public boolean remote() {
            return true;
        }

        @Override
        public Database open() {
            throw new dev.godwit.engine.GodwitException(dev.godwit.engine.GodwitException.Kind.BROKEN,
                    "-Ddb.d1.databases names a fleet (" + selection + "); this goal works on one database: give -Ddb.d1.databaseId instead.");
        }

        @Override
        public String toString() {
            return "D1Fleet[" + template + ", " + selection + ", token from " + tokenSource + "]";
        }
    }
}
