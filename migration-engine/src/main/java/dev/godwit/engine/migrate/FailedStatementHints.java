package dev.godwit.engine.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * The hints for a statement of a migration that SQLite refused, where the statement and not the data is the cause and
 * db:repair records the fix: a trigger over a table the migration dropped before ({@link Migrator#triggerTableDroppedBeforeHint}),
 * a view over a table a rebuild drops ({@link ViewsOverRebuildHint}). The pre-flight and the apply say the same.
 */
public final class FailedStatementHints {

    private FailedStatementHints() {
    }

    /**
     * Those that apply to statement {@code at} of {@code statements} failing with {@code databaseMessage}, in that order; none
     * when {@code at} names no statement (a failure at COMMIT).
     */
    public static List<String> of(List<String> statements, int at, String databaseMessage, String repairCommand, String again) {
        List<String> hints = new ArrayList<>(2);
        if (at < 0 || at >= statements.size()) return hints;
        String droppedBefore = Migrator.triggerTableDroppedBeforeHint(statements.get(at), databaseMessage, repairCommand, again);
        if (droppedBefore != null) hints.add(droppedBefore);
        String viewsOverRebuild = ViewsOverRebuildHint.of(statements.get(at), databaseMessage, repairCommand, again);
        if (viewsOverRebuild != null) hints.add(viewsOverRebuild);
        return hints;
    }
}
