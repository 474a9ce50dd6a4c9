package dev.godwit.engine.migrate;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two tools migrating one database: drizzle's history ({@code __drizzle_migrations}, Godwit's default) holds rows, and so does
 * wrangler's {@code d1_migrations} ({@code wrangler d1 migrations apply} over the same folder, in a D1 project whose wrangler config
 * names {@code migrations_dir} but no {@code migrations_table}). {@link HistoryTable#find} stops only where the table Godwit reads is
 * missing or empty; with both in use each tool runs what only the other recorded, so a seed ran twice and a rebuild would run again.
 * The same holds the other way round, where Godwit reads wrangler's table and drizzle-orm's records ({@link #drizzleRefusal}).
 */
public final class OtherHistory {

    private OtherHistory() {
    }

    /**
     * The refusal where wrangler's {@code d1_migrations} records as applied (by file name) pending migrations of {@code pending},
     * while Godwit reads drizzle's history {@code history}, or the other way round ({@link #drizzleRefusal}); null otherwise.
     * {@code others}: the other tools' history tables the history's own read found ({@link HistoryTable.Found#others}); none
     * named {@code d1_migrations} costs no request (a fleet's budget counts each).
     */
    public static String refusal(Database db, HistoryTable history, java.util.Set<String> others, List<Migration> pending,
                          java.util.function.UnaryOperator<String> command) {
        if (pending.isEmpty()) return null;
        if (history instanceof HistoryTable.Wrangler) return drizzleRefusal(db, history, others, pending, command);
        if (!(history instanceof HistoryTable.Drizzle)) return null;
        String other = HistoryTable.WRANGLER_DEFAULT;
        if (other.equals(history.name())) return null;
        if (!found(others, other)) return null;
        try {
            List<Map<String, Object>> there = db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", other);
            if (there.isEmpty() || !dev.godwit.engine.introspect.Introspector.holdsAHistory(db, other)) return null;
            Set<String> recorded = db.query("SELECT name FROM " + Quoting.doubleQuoted(other)).stream()
                    .map(r -> String.valueOf(r.get("name"))).collect(Collectors.toSet());
            List<String> both = pending.stream().map(Migration::fileName).filter(recorded::contains).toList();
            if (both.isEmpty()) return null;
            return other + ", wrangler's history (`wrangler d1 migrations apply` keeps it), records " + HistoryCheck.someOf(both, "db:status lists them")
                    + " as applied, while " + history.name() + ", the history Godwit reads, records " + (both.size() == 1 ? "it" : "them")
                    + " as pending: wrangler ran " + (both.size() == 1 ? "it" : "them") + " here. Two tools migrate " + db.describe()
                    + ", each running what only the other recorded, so applying would run " + (both.size() == 1 ? "it" : "them")
                    + " a second time (a seed's rows written twice, a rebuild run again). Keep one history: to go on with wrangler's, set"
                    + " migrations_table = \"" + other + "\" in wrangler's config (or -Ddb.migrationsTable=" + other + "); to go on with "
                    + history.name() + ", record " + (both.size() == 1 ? "it" : "them") + " there with " + command.apply("db:baseline")
                    + " -Ddb.baseline=" + both.get(both.size() - 1).replaceFirst("\\.sql$", "") + " where the database has their schema,"
                    + " and stop running wrangler d1 migrations apply on it. Nothing was applied.";
        } catch (RuntimeException unreadable) {
            return null;   // a table this cannot read: the apply goes on as before
        }
    }

    /** Whether the history's own read found the table {@code name} among {@code others}, in SQLite's comparison of names. */
    private static boolean found(Set<String> others, String name) {
        return others.stream().anyMatch(n -> SqliteNames.key(n).equals(SqliteNames.key(name)));
    }

    /**
     * The same the other way round: Godwit reads wrangler's history ({@code migrations_table = "d1_migrations"}) while drizzle-orm's
     * {@code __drizzle_migrations} records, by hash or by "when", pending migrations of {@code pending} (drizzle-orm's migrate(), run
     * by the Worker at start-up, or Godwit before the config named wrangler's table). Null otherwise.
     */
    private static String drizzleRefusal(Database db, HistoryTable history, java.util.Set<String> others, List<Migration> pending,
                                         java.util.function.UnaryOperator<String> command) {
        String other = HistoryTable.DRIZZLE_DEFAULT;
        if (!found(others, other)) return null;
        try {
            if (!dev.godwit.engine.introspect.Introspector.holdsAHistory(db, other)) return null;
            List<Map<String, Object>> rows = db.query("SELECT hash, CAST(created_at AS TEXT) AS created_at FROM " + Quoting.doubleQuoted(other));
            Set<String> hashes = rows.stream().map(r -> String.valueOf(r.get("hash"))).collect(Collectors.toSet());
            Set<String> whens = rows.stream().map(r -> String.valueOf(r.get("created_at"))).collect(Collectors.toSet());
            List<String> both = pending.stream().filter(m -> hashes.contains(m.hash()) || whens.contains(Long.toString(m.when())))
                    .map(Migration::fileName).toList();
            if (both.isEmpty()) return null;
            String them = both.size() == 1 ? "it" : "them";
            return other + ", drizzle-orm's history (its migrate() keeps it), records " + HistoryCheck.someOf(both, "db:status lists them")
                    + " as applied, while " + history.name() + ", the history Godwit reads, records " + them + " as pending: another"
                    + " tool (drizzle-orm's migrate(), or Godwit before " + history.name() + " was configured) ran " + them + " here. Two"
                    + " histories are in use on " + db.describe() + ", so applying would run " + them + " a second time (a seed's rows written"
                    + " twice, a rebuild run again). Keep one history: to go on with " + history.name() + ", record " + them + " there with "
                    + command.apply("db:baseline") + " -Ddb.baseline=" + both.get(both.size() - 1).replaceFirst("\\.sql$", "")
                    + " where the database has their schema, and stop running drizzle-orm's migrate() on it; to go on with " + other
                    + ", remove migrations_table from the binding in wrangler's config (or -Ddb.migrationsTable=" + other + ")."
                    + " Nothing was applied.";
        } catch (RuntimeException unreadable) {
            return null;   // a table this cannot read: the apply goes on as before
        }
    }
}
