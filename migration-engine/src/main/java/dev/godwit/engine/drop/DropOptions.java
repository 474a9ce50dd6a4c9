package dev.godwit.engine.drop;

/**
 * Options of {@code db:drop}.
 *
 * @param name  the migration to drop ({@code -Ddb.name}): tag, number or name; null for the latest
 * @param force drop even if the target records it as applied, or cannot be reached ({@code -Ddb.force})
 */
public record DropOptions(String name, boolean force) {
}
