package dev.godwit.engine.generate;

import dev.godwit.engine.GodwitException;
import java.util.List;

/** Destructive changes that were not acknowledged: nothing was written. */
public class DataLossException extends GodwitException {

    private final List<String> changes;

    public DataLossException(List<String> changes) {
        super(Kind.REFUSED, message(changes));
        this.changes = List.copyOf(changes);
    }

    public List<String> changes() {
        return changes;
    }

    private static String message(List<String> changes) {
        StringBuilder sb = new StringBuilder("This migration would lose data, and it was not acknowledged:");
        for (String c : changes) sb.append("\n  - ").append(c);
        sb.append("\nNothing was written. If that is intended, run again with -Ddb.acceptDataLoss."
                + " If a table or column was renamed, declare renamedFrom(\"old_name\") instead.");
        return sb.toString();
    }
}
