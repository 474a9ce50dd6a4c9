package dev.godwit.engine.generate;

import dev.godwit.engine.diff.Prompter;

/**
 * Options of {@code db:generate}.
 *
 * @param name           tag suffix ({@code -Ddb.name}); null picks a random one
 * @param custom         write an empty migration for hand-written SQL ({@code -Ddb.custom})
 * @param acceptDataLoss the user acknowledged destructive changes and drop-plus-create ({@code -Ddb.acceptDataLoss})
 * @param prompter       asks the user at a terminal; null in batch mode, where nothing is ever asked
 */
public record GenerateOptions(String name, boolean custom, boolean acceptDataLoss, Prompter prompter) {

    public static GenerateOptions batch() {
        return new GenerateOptions(null, false, false, null);
    }

    public GenerateOptions withName(String n) {
        return new GenerateOptions(n, custom, acceptDataLoss, prompter);
    }

    public GenerateOptions withCustom(boolean c) {
        return new GenerateOptions(name, c, acceptDataLoss, prompter);
    }

    public GenerateOptions withAcceptDataLoss(boolean a) {
        return new GenerateOptions(name, custom, a, prompter);
    }
}
