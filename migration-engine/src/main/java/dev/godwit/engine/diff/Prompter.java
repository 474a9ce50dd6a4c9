package dev.godwit.engine.diff;

import java.util.List;

/** Questions asked at a terminal while planning a change (generate, push); null in batch mode. */
public interface Prompter extends RenameResolver {

    /** Shows the destructive changes and asks whether to go on. */
    boolean confirmDataLoss(List<String> destructive);
}
