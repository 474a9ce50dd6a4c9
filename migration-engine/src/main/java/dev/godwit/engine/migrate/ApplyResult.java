package dev.godwit.engine.migrate;

import java.util.List;

/**
 * Migrations applied (or, in a dry run, that would be), and the time taken; {@code leftPending}: the pending migrations a run
 * with {@code -Ddb.upTo} left for later (empty without it).
 */
public record ApplyResult(List<String> applied, long millis, boolean dryRun, List<String> leftPending) {

    public ApplyResult(List<String> applied, long millis, boolean dryRun) {
        this(applied, millis, dryRun, List.of());
    }
}
