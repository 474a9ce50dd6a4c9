package dev.godwit.engine.diff;

import dev.godwit.engine.GodwitException;
import java.util.List;

/** Raised in batch mode when a drop plus an add might be a rename: the user must say which. */
public class AmbiguousRenameException extends GodwitException {

    private final List<String> ambiguities;

    public AmbiguousRenameException(List<String> ambiguities) {
        super(Kind.REFUSED, message(ambiguities));
        this.ambiguities = List.copyOf(ambiguities);
    }

    public List<String> ambiguities() {
        return ambiguities;
    }

    private static String message(List<String> a) {
        StringBuilder sb = new StringBuilder("Cannot tell a rename from a drop plus a create, and this run cannot ask (batch mode):");
        for (String s : a) sb.append("\n  - ").append(s);
        sb.append("\nIf it is a rename, declare it in the schema: renamedFrom(\"old_name\") on the table or column"
                + " (YAML: renamedFrom: old_name), then run db:generate again.")
                .append("\nIf the old one really goes and its data with it, run again with -Ddb.acceptDataLoss.");
        return sb.toString();
    }
}
