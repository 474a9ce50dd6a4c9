package dev.godwit.engine.preflight;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.sql.Quoting;
import java.util.List;
import java.util.Map;

/**
 * {@code db:verify}'s replay with data: an in-memory database that, before each migration, tops
 * every table up to a few generated rows ({@link RowGenerator}), then runs the migration as D1 does
 * and reports the rows it removed or rewrote ({@link RowChange}).
 */
public final class DataReplay implements AutoCloseable {

    static final int ROWS = 3;
    private static final long SEED = 9L;

    private final Replica replica = Replica.empty();
    private final Map<String, String> unfilled = new java.util.LinkedHashMap<>();
    private final Map<String, String> constrained = new java.util.LinkedHashMap<>();

    /** The database the migrations ran on, to introspect afterwards. */
    public Database database() {
        return replica;
    }

    /**
     * Fills the tables, then runs {@code m}.
     *
     * @throws DatabaseException naming the failing statement (index into {@code m.statements()}); the database is then as before {@code m}
     */
    public List<RowChange> apply(Migration m) {
        // Rows cannot change what a migration that only adds does (a new constraint they break is replayed on empty tables anyway),
        // so tables are filled only before one that can remove or rewrite rows: most of a long history is additive.
        if (!DataCheck.onlyAdds(m.statements())) {
            RowGenerator.Result r = new RowGenerator(replica, SEED).fill(Introspector.introspect(replica), ROWS);
            unfilled.putAll(r.notFilled());
        }
        DataCheck.Outcome o = DataCheck.run(replica, m);
        if (o.failure() == null) return o.changes();
        if (!isConstraintFailure(o.failure())) throw o.failure();
        // A new CHECK, NOT NULL, UNIQUE or foreign key that generated rows break is a precondition on the data, not a
        // defect of the migration (the pre-flight checks it against real rows): run it again on empty tables.
        constrained.put(m.fileName(), o.failure().databaseMessage());
        emptyAllTables();
        DataCheck.Outcome again = DataCheck.run(replica, m);
        if (again.failure() != null) throw again.failure();
        return again.changes();
    }

    private static boolean isConstraintFailure(DatabaseException e) {
        String msg = e.databaseMessage() == null ? "" : e.databaseMessage();
        return msg.contains("constraint failed");
    }

    private void emptyAllTables() {
        replica.exec("PRAGMA foreign_keys=OFF");
        try {
            for (Map<String, Object> t : replica.query("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                replica.exec("DELETE FROM main." + Quoting.doubleQuoted(String.valueOf(t.get("name"))));
            }
        } finally {
            replica.exec("PRAGMA foreign_keys=ON");
        }
    }

    /** Migrations whose new constraints the generated rows broke (so they were replayed on empty tables), with SQLite's message. */
    public Map<String, String> constrained() {
        return constrained;
    }

    /** Tables that could not be given rows (a required reference into an empty table), with the reason. */
    public Map<String, String> unfilled() {
        return unfilled;
    }

    @Override
    public void close() {
        replica.close();
    }
}
