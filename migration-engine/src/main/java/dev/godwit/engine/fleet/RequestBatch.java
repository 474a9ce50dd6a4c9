package dev.godwit.engine.fleet;

import dev.godwit.engine.d1.D1Sql;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.AppliedMigration;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.RowFreeDdl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consecutive pending migrations of one database sent as one D1 request: each one's transaction as it would go alone (its
 * history guards, its statements, its history row), one after the other, so the request is one transaction (d1.md 1.6) and
 * each guard checks the migration before it, recorded a few statements earlier. Only migrations that touch no row whatever the
 * data ({@link RowFreeDdl}) go together: their cost does not grow with the database, so a request of several stays as quick
 * as one. Capped at {@link #MAX_MIGRATIONS} migrations and {@link #MAX_BYTES} bytes, D1's limit for one statement: a batch
 * never meets the "statement too long" D1 may answer for a whole request (workers-sdk#6347) where its migrations alone would not.
 */
record RequestBatch(List<Migration> migrations, List<String> statements) {

    /** Migrations per request at most: Godwit's own cap, so that a failing batch costs few requests more and no request runs long. */
    static final int MAX_MIGRATIONS = 20;
    /** Bytes per request at most (the JSON body): D1's 100,000 bytes per statement, which D1 may hold a whole request to. */
    static final int MAX_BYTES = 100_000;

    Migration last() {
        return migrations.get(migrations.size() - 1);
    }

    /** "0000_a.sql to 0002_c.sql (3 migrations)" */
    String span() {
        return migrations.get(0).fileName() + " to " + last().fileName() + " (" + migrations.size() + " migrations)";
    }

    /**
     * The batch that starts at {@code pending[from]}, or null where fewer than two migrations would go in it (send the one alone).
     * It stops before a migration that touches rows, one recorded meanwhile, and at the caps. {@code schema}: the database's stored
     * schema as read before anything was applied (null when not read, or stale): ADD COLUMN looks up its table there.
     * {@code previous}, {@code lastRow}, {@code lastRowLabel} and {@code create} lead the first migration's transaction as they
     * lead one sent alone.
     */
    static RequestBatch from(List<Migration> pending, int from, Set<String> recorded, List<Map<String, Object>> schema, HistoryTable table,
                             Migration previous, AppliedMigration lastRow, String lastRowLabel, boolean create) {
        RowFreeDdl rule = new RowFreeDdl(schema);
        List<Migration> taken = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        Migration before = previous;
        for (int k = from; k < pending.size() && taken.size() < MAX_MIGRATIONS; k++) {
            Migration m = pending.get(k);
            if (recorded.contains(m.tag()) || rule.take(m) != null) break;
            boolean first = taken.isEmpty();
            List<String> own = before != null ? table.transactionAfter(before, m, first && create)
                    : table.transactionAfterRow(lastRow, lastRowLabel, m, create);
            List<String> with = new ArrayList<>(statements);
            with.addAll(own);
            if (D1Sql.requestBytes(with) > MAX_BYTES) break;
            taken.add(m);
            statements = with;
            before = m;
        }
        return taken.size() < 2 ? null : new RequestBatch(List.copyOf(taken), List.copyOf(statements));
    }
}
