package dev.godwit.engine.migrate;

/**
 * A row of the history table. drizzle's layout has a hash and the migration's {@code when}
 * ({@code createdAt}); wrangler's has the file name and the time it was applied.
 */
public record AppliedMigration(String name, String hash, Long createdAt, String appliedAt) {

    /** The SQL condition that finds this row of drizzle's layout (and any exact copy of it), NULLs included. */
    public String drizzleWhere() {
        String when = createdAt == null ? "\"created_at\" IS NULL" : "\"created_at\" = " + createdAt;
        return when + " AND " + (hash == null ? "\"hash\" IS NULL" : "\"hash\" = " + dev.godwit.engine.sql.Quoting.literal(hash));
    }
}
