package dev.godwit.engine.diff;

import java.util.ArrayList;
import java.util.List;

/** Batch mode: never asks; records every ambiguous pair so the run can fail listing all of them. */
public final class BatchRenameResolver implements RenameResolver {

    private final List<String> ambiguities = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    /** The dropped tables ({@code name}) and columns ({@code table.column}) of the ambiguous pairs. */
    private final List<String> dropped = new ArrayList<>();

    @Override
    public String tableRenamedFrom(String added, List<String> dropped) {
        return tableRenamedFrom(added, dropped, null);
    }

    @Override
    public String tableRenamedFrom(String added, List<String> dropped, String declaredFrom) {
        this.added.add(added);
        this.dropped.addAll(dropped);
        ambiguities.add("table \"" + added + "\" appeared and " + names(dropped) + " disappeared: "
                + (declaredFrom != null ? declaredWrong("table", declaredFrom, "no table", dropped)
                : "renamedFrom(...) on table \"" + added + "\" if it is " + (dropped.size() == 1 ? "that table renamed" : "one of them renamed")));
        return null;
    }

    @Override
    public String columnRenamedFrom(String table, String added, List<String> dropped) {
        return columnRenamedFrom(table, added, dropped, null);
    }

    @Override
    public String columnRenamedFrom(String table, String added, List<String> dropped, String declaredFrom) {
        this.added.add(NotRenames.columnKey(table, added));
        for (String d : dropped) this.dropped.add(NotRenames.columnKey(table, d));
        ambiguities.add("column \"" + table + "\".\"" + added + "\" appeared and " + names(dropped) + " disappeared from table \""
                + table + "\": " + (declaredFrom != null ? declaredWrong("column", declaredFrom, "no column of \"" + table + "\"", dropped)
                : "renamedFrom(...) on column \"" + added + "\" if it is a rename"));
        return null;
    }

    /**
     * A renamedFrom naming what the last snapshot lacks ("fullname" for full_name) declares no rename, and was taken for one left
     * in the code after its migration: the refusal then told the user to declare the renamedFrom they had declared.
     */
    private static String declaredWrong(String kind, String declaredFrom, String nothing, List<String> dropped) {
        List<String> near = dev.godwit.schema.model.Typos.nearest(declaredFrom, dropped);
        String meant = near.isEmpty() ? (dropped.size() == 1 ? dropped.get(0) : null) : near.get(0);
        return "its renamedFrom(\"" + declaredFrom + "\") names " + nothing + " in the last snapshot, so it declares no rename"
                + (meant != null ? "; if it is " + kind + " \"" + meant + "\" renamed, write renamedFrom(\"" + meant + "\")" : "; name the old " + kind
                + " as the last snapshot has it: one of " + names(dropped));
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
        requireNone(lossFlag, List.of(), List.of());
    }

    /**
     * As {@link #requireNone(String)}, naming the entries of -Ddb.notRenames that matched no added table or column ({@code unmatched},
     * {@link NotRenames#unused}): checked after this refusal, a misspelt entry was not named, and the refusal told the user to pass
     * the flag they had passed. {@code settled}: the entries that did settle a pair ({@link NotRenames#settled}), kept in the
     * -Ddb.notRenames the refusal gives (the one it gave without them was refused again for those pairs).
     */
    public void requireNone(String lossFlag, List<String> unmatched, List<String> settled) {
        if (ambiguities.isEmpty()) return;
        List<String> listed = new ArrayList<>(settled);
        for (String a : added) if (!listed.contains(a)) listed.add(a);
        throw new AmbiguousRenameException(ambiguities, listed, lossFlag, unmatched, dropped);
    }
}
