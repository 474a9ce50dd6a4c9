package dev.godwit.engine.migrate;

/**
 * @param dryRun           print what would run, change nothing ({@code -Ddb.dryRun})
 * @param ignoreChecksums  apply even when an applied migration's file changed, with a warning ({@code -Ddb.ignoreChecksums})
 * @param maxAttempts      attempts per migration when the database's answer was lost (timeout, dropped connection)
 */
public record ApplyOptions(boolean dryRun, boolean ignoreChecksums, int maxAttempts) {
    public static ApplyOptions defaults() {
        return new ApplyOptions(false, false, 3);
    }
}
