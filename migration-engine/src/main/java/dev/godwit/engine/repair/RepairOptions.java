package dev.godwit.engine.repair;

import java.util.function.Predicate;

/**
 * Options of {@code db:repair}.
 *
 * @param force   make the changes without asking ({@code -Ddb.force})
 * @param confirm asks a yes/no question at a terminal; null in batch mode, where nothing is asked
 */
public record RepairOptions(boolean force, Predicate<String> confirm) {
}
