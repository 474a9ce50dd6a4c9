package dev.godwit.engine.preflight;

import dev.godwit.engine.GodwitException;
import java.util.List;

/** The pre-flight found rows the pending migrations would remove or rewrite; nothing was applied. */
public final class PreflightRefusedException extends GodwitException {

    private final List<RowChange> changes;

    PreflightRefusedException(String message, List<RowChange> changes) {
        super(Kind.REFUSED, message);
        this.changes = List.copyOf(changes);
    }

    public List<RowChange> changes() {
        return changes;
    }
}
