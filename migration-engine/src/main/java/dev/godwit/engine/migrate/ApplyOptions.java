package dev.godwit.engine.migrate;

/**
 * @param dryRun              print what would run, change nothing ({@code -Ddb.dryRun})
 * @param ignoreChecksums     apply even when an applied migration's file changed, with a warning ({@code -Ddb.ignoreChecksums})
 * @param maxAttempts         attempts per migration when the database's answer was lost (timeout, dropped connection)
 * @param localForeignKeysOff for a migration holding {@code PRAGMA foreign_keys=OFF}, switch foreign keys off around its
 *                            transaction where the database can ({@code -Ddb.local.foreignKeysOff}: plain SQLite apps).
 *                            Off by default, so a local apply runs each migration as D1 and drizzle-orm do: foreign keys
 *                            on, the PRAGMA a no-op inside the transaction
 * @param ignoreMissing       apply the pending migrations even when the history records migrations the folder does not
 *                            have ({@code -Ddb.ignoreMissing}), with a warning
 */
public record ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts, boolean localForeignKeysOff, boolean ignoreMissing) {

    public ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts) {
        this(dryRun, ignoreChecksums, maxAttempts, false, false);
    }

    public ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts, boolean localForeignKeysOff) {
        this(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, false);
    }

    public static ApplyOptions defaults() {
        return new ApplyOptions(false, false, 3, false, false);
    }

    public ApplyOptions withLocalForeignKeysOff(boolean off) {
        return new ApplyOptions(dryRun, ignoreChecksums, maxAttempts, off, ignoreMissing);
    }

    public ApplyOptions withIgnoreMissing(boolean ignore) {
        return new ApplyOptions(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, ignore);
    }
}
