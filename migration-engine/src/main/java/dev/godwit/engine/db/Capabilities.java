package dev.godwit.engine.db;

/**
 * What a database can do. D1 cannot switch foreign keys off and refuses statements over 100 KB;
 * a local SQLite file can do both.
 *
 * @param canDisableForeignKeys whether {@code PRAGMA foreign_keys=OFF} can take effect around a transaction
 * @param maxStatementBytes     the longest statement accepted, in UTF-8 bytes
 * @param remote                whether each call is a network round trip (batch work accordingly)
 * @param d1Rules               whether it refuses what D1 refuses ({@link dev.godwit.engine.sql.D1Rules}): D1, and wrangler's local D1
 * @param maxRequestBytes       the largest D1 request body one migration may take, with its history statements (Godwit's cap: D1
 *                              runs a request as one transaction within 30 s); {@link Long#MAX_VALUE} where there is no request
 */
public record Capabilities(boolean canDisableForeignKeys, int maxStatementBytes, boolean remote, boolean d1Rules, long maxRequestBytes) {

    public static final Capabilities LOCAL_SQLITE = new Capabilities(true, 1_000_000_000, false, false, Long.MAX_VALUE);
    public static final Capabilities D1 = new Capabilities(false, 100_000, true, true, 1_000_000);

    /** The same with another request cap (a D1 database's settings). */
    public Capabilities withMaxRequestBytes(long bytes) {
        return new Capabilities(canDisableForeignKeys, maxStatementBytes, remote, d1Rules, bytes);
    }
}
