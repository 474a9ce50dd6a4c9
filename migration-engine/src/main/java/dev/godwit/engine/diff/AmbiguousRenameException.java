package dev.godwit.engine.diff;

import dev.godwit.engine.GodwitException;
import java.util.List;

/** Raised in batch mode when a drop plus an add might be a rename: the user must say which. */
public class AmbiguousRenameException extends GodwitException {

    private final List<String> ambiguities;

    public AmbiguousRenameException(List<String> ambiguities) {
        this(ambiguities, List.of(), "-Ddb.acceptDataLoss");
    }

    /**
     * @param added    the added tables ({@code name}) and columns ({@code table.column}), for the -Ddb.notRenames hint
     * @param lossFlag the flag that acknowledges the data loss of the drop ({@code -Ddb.acceptDataLoss}, or {@code -Ddb.force} for push)
     */
    public AmbiguousRenameException(List<String> ambiguities, List<String> added, String lossFlag) {
        this(ambiguities, added, lossFlag, List.of(), List.of());
    }

    /**
     * @param unmatched the entries of -Ddb.notRenames no added table or column matched (a typo), named in the refusal
     * @param dropped   the dropped tables and columns ({@code table.column}) of the pairs: an entry naming one is told the list takes the added name
     */
    public AmbiguousRenameException(List<String> ambiguities, List<String> added, String lossFlag, List<String> unmatched, List<String> dropped) {
        super(Kind.REFUSED, message(ambiguities, added, lossFlag, unmatched, dropped));
        this.ambiguities = List.copyOf(ambiguities);
    }

    public List<String> ambiguities() {
        return ambiguities;
    }

    private static String message(List<String> a, List<String> added, String lossFlag, List<String> unmatched, List<String> dropped) {
        StringBuilder sb = new StringBuilder("Cannot tell a rename from a drop plus a create, and this run cannot ask (batch mode, -B, or no terminal to answer at):");
        for (String s : a) sb.append("\n  - ").append(s);
        sb.append("\nIf it is a rename, declare it in the schema: renamedFrom(\"old_name\") on the table or column"
                + " (YAML: renamedFrom: old_name), then run the same goal again.")
                .append("\nIf they are new and the old ones go with their data, say both: -D" + NotRenames.PROPERTY + "="
                        + (added.isEmpty() ? "<table or table.column>,..." : String.join(",", added))
                        + " (these are not renames) and " + lossFlag + " (the drop may lose data).");
        if (!unmatched.isEmpty()) {
            List<String> old = unmatched.stream().filter(dropped::contains).toList();
            sb.append("\n-D").append(NotRenames.PROPERTY).append(" lists ").append(String.join(", ", unmatched.stream().map(n -> "\"" + n + "\"").toList()))
                    .append(", which ").append(unmatched.size() == 1 ? "is" : "are").append(" no added table (name) or column (table.column) above")
                    .append(old.isEmpty() ? " (misspelt?)" : "; " + String.join(", ", old.stream().map(n -> "\"" + n + "\"").toList())
                            + (old.size() == 1 ? " is the one that disappeared" : " disappeared") + ": the list takes the added name")
                    .append(". List the added ones as named above.");
        }
        return sb.toString();
    }
}
