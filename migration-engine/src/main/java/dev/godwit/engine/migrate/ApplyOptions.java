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
 * @param outOfOrder          apply migrations older than the last applied one (a release branch's hotfix ran first), with a
 *                            warning, as Flyway's {@code outOfOrder} ({@code -Ddb.outOfOrder}); refused by default
 * @param upTo                apply the pending migrations up to and including this one (its number or whole tag), and leave the
 *                            later ones pending ({@code -Ddb.upTo}, {@link UpTo}); null: all of them
 * @param refuseAhead         from the application: fail, rather than warn and go on, when the history records migrations after the
 *                            application's last (a newer version migrated the database); Flyway without {@code *:future} ignored
 */
public record ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts, boolean localForeignKeysOff, boolean ignoreMissing,
                           boolean outOfOrder, String upTo, boolean refuseAhead) {

    public ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts, boolean localForeignKeysOff, boolean ignoreMissing,
                        boolean outOfOrder, String upTo) {
        this(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, ignoreMissing, outOfOrder, upTo, false);
    }

    public ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts, boolean localForeignKeysOff, boolean ignoreMissing,
                        boolean outOfOrder) {
        this(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, ignoreMissing, outOfOrder, null);
    }

    public ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts) {
        this(dryRun, ignoreChecksums, maxAttempts, false, false, false);
    }

    public ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts, boolean localForeignKeysOff) {
        this(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, false, false);
    }

    public static ApplyOptions defaults() {
        return new ApplyOptions(false, false, 3, false, false, false);
    }

    public ApplyOptions withLocalForeignKeysOff(boolean off) {
        return new ApplyOptions(dryRun, ignoreChecksums, maxAttempts, off, ignoreMissing, outOfOrder, upTo, refuseAhead);
    }

    public ApplyOptions withIgnoreMissing(boolean ignore) {
        return new ApplyOptions(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, ignore, outOfOrder, upTo, refuseAhead);
    }

    public ApplyOptions withOutOfOrder(boolean allowed) {
        return new ApplyOptions(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, ignoreMissing, allowed, upTo, refuseAhead);
    }

    /** Apply up to and including {@code tag} (a number or a whole tag), as {@code -Ddb.upTo}; null or blank: every pending migration. */
    public ApplyOptions withUpTo(String tag) {
        return new ApplyOptions(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, ignoreMissing, outOfOrder,
                tag == null || tag.isBlank() ? null : tag.strip(), refuseAhead);
    }

    /** Refuse a database whose history records migrations after the application's last, rather than warn and go on. */
    public ApplyOptions withRefuseAhead(boolean refuse) {
        return new ApplyOptions(dryRun, ignoreChecksums, maxAttempts, localForeignKeysOff, ignoreMissing, outOfOrder, upTo, refuse);
    }
}
