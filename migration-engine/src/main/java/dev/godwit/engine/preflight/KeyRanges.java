package dev.godwit.engine.preflight;

import dev.godwit.schema.model.SqliteNames;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each table's generated keys start: a range of its own, given the first time the table is filled and kept by its
 * name from then on. A replay fills the tables again before each migration; ranges that followed the tables' order moved
 * when a later migration added or rebuilt a table, putting one table's new rows on keys another's rows already held.
 */
final class KeyRanges {

    /**
     * Where generated keys start: far from the small ids a hand-written seed migration inserts, so a replay that fills
     * tables before such a migration does not make its INSERT collide.
     */
    private static final long BASE = 1_000_000;
    /**
     * How far apart two tables' generated keys are: each table its own range, so a migration that copies rows from one
     * table into another (INSERT INTO archived_orders SELECT * FROM orders) does not collide on keys only generated rows share.
     */
    private static final long SIZE = 100_000;

    private final Map<String, Long> start = new HashMap<>();

    /** The first key of {@code table}'s range (any case), given now if the table has none yet. */
    long of(String table) {
        String key = SqliteNames.key(table);
        Long s = start.get(key);
        if (s == null) {
            s = BASE + start.size() * SIZE;
            start.put(key, s);
        }
        return s;
    }

    /**
     * Gives {@code table} the range of {@code with} if it has none yet: the parents of one column under two foreign keys
     * (links.ref -> a_ids and -> b_ids) need keys in common, or no row of the child can point at both.
     */
    void share(String table, String with) {
        String key = SqliteNames.key(table);
        if (!start.containsKey(key)) start.put(key, of(with));
    }
}
