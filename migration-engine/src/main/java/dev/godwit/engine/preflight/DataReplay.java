package dev.godwit.engine.preflight;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.Introspector;
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
        RowGenerator.Result r = new RowGenerator(replica, SEED).fill(Introspector.introspect(replica), ROWS);
        unfilled.putAll(r.notFilled());
        DataCheck.Outcome o = DataCheck.run(replica, m);
        if (o.failure() != null) throw o.failure();
        return o.changes();
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
