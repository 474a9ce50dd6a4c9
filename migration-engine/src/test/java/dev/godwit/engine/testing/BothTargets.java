package dev.godwit.engine.testing;

import dev.godwit.engine.d1.D1Database;
import dev.godwit.engine.d1.D1Settings;
import dev.godwit.engine.d1.D1StandIn;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.SqliteDatabase;
import java.nio.file.Path;
import java.util.List;

/** A new database of each kind a migration meets: a local SQLite file, then the D1 stand-in (foreign keys always on, like D1). */
public final class BothTargets {

    private BothTargets() {
    }

    /** What runs on each: the database, and where it is ("locally", "on the D1 stand-in") for assertion messages. */
    public interface Body {
        void run(Database db, String where) throws Exception;
    }

    /** Runs {@code body} on {@code dir/name.sqlite}, then on a D1 stand-in over {@code dir/name-d1.sqlite}. */
    public static void each(Path dir, String name, Body body) throws Exception {
        for (boolean d1 : List.of(false, true)) {
            try (D1StandIn standIn = d1 ? D1StandIn.start(dir.resolve(name + "-d1.sqlite"), "acc", "db1", "token-123456") : null;
                 Database db = d1 ? new D1Database(new D1Settings("acc", "db1", "token-123456", standIn.endpoint()))
                         : SqliteDatabase.open(dir.resolve(name + ".sqlite"))) {
                body.run(db, d1 ? "on the D1 stand-in" : "locally");
            }
        }
    }
}
