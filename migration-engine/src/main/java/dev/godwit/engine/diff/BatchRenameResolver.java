package dev.godwit.engine.diff;

import java.util.ArrayList;
import java.util.List;

/** Batch mode: never asks; records every ambiguous pair so the run can fail listing all of them. */
public final class BatchRenameResolver implements RenameResolver {

    private final List<String> ambiguities = new ArrayList<>();
    private final List<String> added = new ArrayList<>();

    @Override
    public String tableRenamedFrom(String added, List<String> dropped) {
        this.added.add(added);
        ambiguities.add("table \"" + added + "\" appeared and " + names(dropped) + " disappeared: renamedFrom(...) on table \""
                + added + "\" if it is " + (dropped.size() == 1 ? "that table renamed" : "one of them renamed"));
        return null;
    }

    @Override
    public String columnRenamedFrom(String table, String added, List<String> dropped) {
        this.added.add(NotRenames.columnKey(table, added));
        ambiguities.add("column \"" + table + "\".\"" + added + "\" appeared and " + names(dropped) + " disappeared from table \""
                + table + "\": renamedFrom(...) on column \"" + added + "\" if it is a rename");
        return null;
    }

    private static String names(List<String> l) {
        return (l.size() == 1 ? "" : "one of ") + String.join(", ", l.stream().map(s -> "\"" + s + "\"").toList());
    }

    public List<String> ambiguities() {
        return List.copyOf(ambiguities);
    }

    /** The added tables ({@code name}) and columns ({@code table.column}) of the ambiguous pairs, as -Ddb.notRenames lists them. */
    public List<String> added() {
        return List.copyOf(added);
    }

    /** Fails listing every ambiguous pair, if there is one; {@code lossFlag} is the flag that acknowledges a drop. */
    public void requireNone(String lossFlag) {
        if (!ambiguities.isEmpty()) throw new AmbiguousRenameException(ambiguities, added, lossFlag);
    }
}
