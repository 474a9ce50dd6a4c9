package dev.godwit.engine.migrate;

/**
 * A row of the history table. drizzle's layout has a hash and the migration's {@code when}
 * ({@code createdAt}); wrangler's has the file name and the time it was applied.
 */
public record AppliedMigration(String name, String hash, Long createdAt, String appliedAt) {

    /**
     * Whether {@code other} records the same as this row: the same name, hash and {@code created_at}. The time of apply is not
     * compared: two drizzle-orm 1.0 {@code migrate()} runs at once write one migration's row twice, each with its own.
     */
    public boolean sameRecord(AppliedMigration other) {
        return other != null && java.util.Objects.equals(name, other.name) && java.util.Objects.equals(hash, other.hash)
                && java.util.Objects.equals(createdAt, other.createdAt);
    }

    /** The SQL condition that finds this row of drizzle's layout (and any exact copy of it), NULLs included. */
    public String drizzleWhere() {
        String when = createdAt == null ? "\"created_at\" IS NULL" : "\"created_at\" = " + createdAt;
        return when + " AND " + (hash == null ? "\"hash\" IS NULL" : "\"hash\" = " + dev.godwit.engine.sql.Quoting.literal(hash));
    }
}
