package dev.godwit.engine.studio;

import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.db.Database;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The port with a count of its calls: on D1 each call is one HTTP request to the API, and the
 * studio shows how many a view cost. Closing is left to the owner of the wrapped database.
 */
final class CountingDatabase implements Database {

    private final Database db;
    private final AtomicLong calls;
    /** Whether {@link #close} closes {@link #db}: the reads' connection ({@link #reader}), which the studio opened. */
    private final boolean owned;

    CountingDatabase(Database db) {
        this(db, new AtomicLong(), false);
    }

    private CountingDatabase(Database db, AtomicLong calls, boolean owned) {
        this.db = db;
        this.calls = calls;
        this.owned = owned;
    }

    long calls() {
        return calls.get();
    }

    @Override
    public String describe() {
        return db.describe();
    }

    @Override
    public Capabilities capabilities() {
        return db.capabilities();
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... params) {
        calls.incrementAndGet();
        return db.query(sql, params);
    }

    /** Another connection for reads (a local file's), its calls counted with these; closed by its {@link #close}. */
    @Override
    public Database reader() {
        Database r = db.reader();
        return r == null ? null : new CountingDatabase(r, calls, true);
    }

    @Override
    public boolean defineFunction(String name, int args, java.util.function.Function<Object[], Object> body) {
        return db.defineFunction(name, args, body);
    }

    @Override
    public Written write(String sql, Object... params) {
        calls.incrementAndGet();
        return db.write(sql, params);
    }

    @Override
    public void queryEach(String sql, List<Object> params, java.util.function.Consumer<Map<String, Object>> each) {
        calls.incrementAndGet();
        db.queryEach(sql, params, each);
    }

    @Override
    public void runAtomically(List<String> statements, boolean foreignKeysOff) {
        calls.incrementAndGet();
        db.runAtomically(statements, foreignKeysOff);
    }

    @Override
    public void interrupt() {
        db.interrupt();
    }

    @Override
    public void close() {
        if (owned) db.close();   // else the caller owns the database
    }
}
