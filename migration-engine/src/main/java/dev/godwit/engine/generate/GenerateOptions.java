package dev.godwit.engine.generate;

import dev.godwit.engine.diff.Prompter;
import dev.godwit.engine.migrate.HistoryTableNames;
import dev.godwit.engine.target.ProjectSettings;
import java.util.Set;

/**
 * Options of {@code db:generate}.
 *
 * @param name           tag suffix ({@code -Ddb.name}); null picks a random one
 * @param custom         write an empty migration for hand-written SQL ({@code -Ddb.custom})
 * @param acceptDataLoss the user acknowledged destructive changes: drops, narrowing types, NULLs filled ({@code -Ddb.acceptDataLoss})
 * @param prompter       asks the user at a terminal; null in batch mode, where nothing is ever asked
 * @param notRenames     added tables ({@code name}) and columns ({@code table.column}) that are not renames of ones that
 *                       disappeared ({@code -Ddb.notRenames}); the one acknowledgement that settles a drop plus an add
 *                       without {@code renamedFrom} in batch mode
 * @param allNotRenames  every drop plus add is not a rename (for tools replaying known steps; no user flag sets it)
 * @param history        the history table db:apply records migrations in, and the setting that chose it: the schema may not use its name
 * @param goal           the goal writing the migration ({@code db:generate}; {@code db:pull} for its baseline), named in the folder's
 *                       record of the change and in what a failed write tells to run again
 */
public record GenerateOptions(String name, boolean custom, boolean acceptDataLoss, Prompter prompter, Set<String> notRenames,
                              boolean allNotRenames, ProjectSettings.History history, String goal) {

    public GenerateOptions {
        notRenames = notRenames == null ? Set.of() : Set.copyOf(notRenames);
        history = history == null ? HistoryTableNames.DEFAULT : history;
        goal = goal == null ? "db:generate" : goal;
    }

    public GenerateOptions(String name, boolean custom, boolean acceptDataLoss, Prompter prompter, Set<String> notRenames, boolean allNotRenames) {
        this(name, custom, acceptDataLoss, prompter, notRenames, allNotRenames, null, null);
    }

    public GenerateOptions(String name, boolean custom, boolean acceptDataLoss, Prompter prompter) {
        this(name, custom, acceptDataLoss, prompter, Set.of(), false);
    }

    public static GenerateOptions batch() {
        return new GenerateOptions(null, false, false, null);
    }

    public GenerateOptions withName(String n) {
        return new GenerateOptions(n, custom, acceptDataLoss, prompter, notRenames, allNotRenames, history, goal);
    }

    public GenerateOptions withCustom(boolean c) {
        return new GenerateOptions(name, c, acceptDataLoss, prompter, notRenames, allNotRenames, history, goal);
    }

    public GenerateOptions withAcceptDataLoss(boolean a) {
        return new GenerateOptions(name, custom, a, prompter, notRenames, allNotRenames, history, goal);
    }

    public GenerateOptions withNotRenames(Set<String> n) {
        return new GenerateOptions(name, custom, acceptDataLoss, prompter, n, allNotRenames, history, goal);
    }

    public GenerateOptions withAllNotRenames() {
        return new GenerateOptions(name, custom, acceptDataLoss, prompter, notRenames, true, history, goal);
    }

    public GenerateOptions withHistory(ProjectSettings.History h) {
        return new GenerateOptions(name, custom, acceptDataLoss, prompter, notRenames, allNotRenames, h, goal);
    }

    public GenerateOptions withGoal(String g) {
        return new GenerateOptions(name, custom, acceptDataLoss, prompter, notRenames, allNotRenames, history, g);
    }
}
