package dev.godwit.engine.migrate;

import java.util.List;

/** Migrations applied (or, in a dry run, that would be), and the time taken. */
public record ApplyResult(List<String> applied, long millis, boolean dryRun) {
}
