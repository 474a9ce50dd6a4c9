package dev.godwit.engine.studio;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.TableDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Row counts in few calls (on D1 each call is billed): one scalar subquery per table, 50 to a query. */
final class RowCounts {

    private final Database db;

    RowCounts(Database db) {
        this.db = db;
    }

    /**
     * How long a count on a local file may run before SQLite is interrupted: the table list's (all tables) and a grid's (its table
     * under its filters). A count(*) reads every row it counts, and the reads share one connection: on a 4.1 GB file the list took
     * 33 s after a cold start, and opening the big table waited as long again for its count, every page of every tab behind it.
     */
    static final Duration BUDGET = Duration.ofSeconds(1);

    /** {@link #BUDGET}, or another in a test. */
    static volatile Duration budget = BUDGET;

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread th = new Thread(r, "godwit-studio-count-budget");
        th.setDaemon(true);
        return th;
    });

    /**
     * The counts {@code count} makes within {@link #budget}, or null where it ran past it: SQLite interrupted it (the reads'
     * connection is free again at once). Another failure is thrown as it is.
     */
    <T> T within(Supplier<T> count) {
        Object gate = new Object();
        boolean[] state = new boolean[2];   // [0] interrupted, [1] done: no interrupt once the count is over
        long ms = Math.max(1, budget.toMillis());
        // again every few ms until done: an interrupt that comes before the statement starts does nothing
        ScheduledFuture<?> watch = WATCH.scheduleWithFixedDelay(() -> {
            synchronized (gate) {
                if (state[1]) return;
                state[0] = true;
                db.interrupt();
            }
        }, ms, 5, TimeUnit.MILLISECONDS);
        try {
            return count.get();
        } catch (DatabaseException e) {
            synchronized (gate) {
                if (!state[0]) throw e;
            }
            return null;
        } finally {
            synchronized (gate) {
                state[1] = true;
            }
            watch.cancel(false);
        }
    }

    /** Row counts in few calls: one scalar subquery per table, 50 to a query (D1 allows 100 result columns). */
    List<Long> all(List<TableDef> tables) {
        List<String> preds = new ArrayList<>();
        tables.forEach(t -> preds.add(null));
        return where(tables.stream().map(TableDef::name).toList(), preds, List.of());
    }

    /**
     * {@link #all}, with one more scalar {@code alongside} read in the first of those queries and handed to {@code value}: on D1
     * a call saved (the table list reads the triggers so, for the writes that follow: see {@link WriteReach#TRIGGERS}).
     */
    List<Long> all(List<TableDef> tables, String alongside, java.util.function.Consumer<Object> value) {
        List<String> preds = new ArrayList<>();
        tables.forEach(t -> preds.add(null));
        return where(tables.stream().map(TableDef::name).toList(), preds, List.of(), alongside, value);
    }

    /** count(*) of each table under its predicate (null: all rows), batched 50 to a query. */
    List<Long> where(List<String> tables, List<String> predicates, List<Object> params) {
        return where(tables, predicates, params, null, null);
    }

    /** {@link #where}, with one more scalar {@code alongside} (null: none) read in the first query and handed to {@code value}. */
    List<Long> where(List<String> tables, List<String> predicates, List<Object> params, String alongside, java.util.function.Consumer<Object> value) {
        List<Long> out = new ArrayList<>();
        for (int from = 0; from < tables.size(); from += 50) {
            int to = Math.min(tables.size(), from + 50);
            List<String> terms = new ArrayList<>();
            if (from == 0 && alongside != null) terms.add(alongside + " AS \"x\"");   // 51 result columns at most: under D1's 100
            for (int k = from; k < to; k++) {
                String p = predicates.get(k);
                terms.add("(SELECT count(*) FROM " + Quoting.doubleQuoted(tables.get(k)) + (p == null ? "" : " WHERE " + p) + ") AS \"c" + (k - from) + "\"");
            }
            Map<String, Object> row = db.query("SELECT " + String.join(", ", terms), params.toArray()).get(0);
            for (int k = from; k < to; k++) out.add(((Number) row.get("c" + (k - from))).longValue());
            if (from == 0 && alongside != null) value.accept(row.get("x"));
        }
        return out;
    }
}
