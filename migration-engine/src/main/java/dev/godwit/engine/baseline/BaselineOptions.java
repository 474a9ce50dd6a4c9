package dev.godwit.engine.baseline;

/**
 * Options of {@code db:baseline}.
 *
 * @param tag   the last migration the database already holds ({@code -Ddb.baseline}): tag, number or name
 * @param force record them even when the database's schema differs from that migration's snapshot ({@code -Ddb.force})
 */
public record BaselineOptions(String tag, boolean force) {
}
