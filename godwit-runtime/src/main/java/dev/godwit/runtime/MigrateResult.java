package dev.godwit.runtime;

import java.time.Duration;
import java.util.List;

/**
 * What {@link Godwit#migrate} did.
 *
 * @param applied  the migrations applied by this call, in order (tags, e.g. {@code 0003_add_users})
 * @param skipped  how many packaged migrations were already applied
 * @param duration how long it took
 * @param leftPending the pending migrations left for later by {@link Godwit#upTo} (empty without it)
 */
public record MigrateResult(List<String> applied, int skipped, Duration duration, List<String> leftPending) {

    public MigrateResult {
        applied = List.copyOf(applied);
        leftPending = List.copyOf(leftPending);
    }

    public MigrateResult(List<String> applied, int skipped, Duration duration) {
        this(applied, skipped, duration, List.of());
    }
}
