package dev.godwit.engine.generate;

import dev.godwit.engine.diff.Change;
import java.nio.file.Path;
import java.util.List;

/** What {@code db:generate} did: nothing (no changes), or the migration it wrote. */
public record GenerateResult(boolean written, String tag, Path sqlFile, String sql, List<Change> changes, List<String> warnings) {

    public static GenerateResult noChanges() {
        return new GenerateResult(false, null, null, null, List.of(), List.of());
    }
}
