package dev.godwit.engine.migrate;

/**
 * A row of the history table. drizzle's layout has a hash and the migration's {@code when}
 * ({@code createdAt}); wrangler's has the file name and the time it was applied.
 */
public record AppliedMigration(String name, String hash, Long createdAt, String appliedAt) {
}
