package dev.godwit.engine.diff;

import dev.godwit.engine.GodwitException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's "these are not renames" acknowledgement ({@code -Ddb.notRenames=orders,users.nickname}):
 * each listed table, or {@code table.column}, that appeared while one of the same kind disappeared is
 * new, not a rename. Other ambiguous pairs go to the next resolver (the terminal, or batch mode's
 * refusal). This settles only the rename question: dropping the old one still needs its own
 * acknowledgement of the data loss. A listed name that no ambiguous pair has is an error, so a typo
 * cannot pass silently.
 */
public final class NotRenames implements RenameResolver {

    /** The property users pass. */
    public static final String PROPERTY = "db.notRenames";

    private final Set<String> names;
    private final boolean all;
    private final RenameResolver next;
    private final Set<String> used = new LinkedHashSet<>();

    private NotRenames(Set<String> names, boolean all, RenameResolver next) {
        this.names = names;
        this.all = all;
        this.next = next;
    }

    /** The listed names ({@code table} or {@code table.column}), the rest asked of {@code next}. */
    public static NotRenames of(Set<String> names, RenameResolver next) {
        return new NotRenames(Set.copyOf(names), false, next);
    }

    /** Every ambiguous pair is a drop plus a create (for tools that replay known steps, never for users). */
    public static NotRenames all() {
        return new NotRenames(Set.of(), true, RenameResolver.NO_RENAMES);
    }

    /** {@code "orders, users.nickname"} -> the set; blank or null -> empty. */
    public static Set<String> parse(String list) {
        if (list == null || list.isBlank() || list.strip().equals("true")) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /** The key a column goes by in the list. */
    public static String columnKey(String table, String column) {
        return table + "." + column;
    }

    @Override
    public String tableRenamedFrom(String added, List<String> dropped) {
        return tableRenamedFrom(added, dropped, null);
    }

    @Override
    public String tableRenamedFrom(String added, List<String> dropped, String declaredFrom) {
        if (all) return null;
        if (names.contains(added)) {
            used.add(added);
            return null;
        }
        return next.tableRenamedFrom(added, dropped, declaredFrom);
    }

    @Override
    public String columnRenamedFrom(String table, String added, List<String> dropped) {
        return columnRenamedFrom(table, added, dropped, null);
    }

    @Override
    public String columnRenamedFrom(String table, String added, List<String> dropped, String declaredFrom) {
        if (all) return null;
        String key = columnKey(table, added);
        if (names.contains(key)) {
            used.add(key);
            return null;
        }
        return next.columnRenamedFrom(table, added, dropped, declaredFrom);
    }

    /** The listed names no ambiguous pair's added table or column matched (a typo, an old name), sorted. */
    public List<String> unused() {
        List<String> unused = new ArrayList<>();
        if (all) return unused;
        for (String n : names) if (!used.contains(n)) unused.add(n);
        java.util.Collections.sort(unused);   // the set keeps no order: the same words each run
        return unused;
    }

    /** Fails (a broken setting) when a listed name was not an added table or column that could be a rename. */
    public void requireAllUsed() {
        List<String> unused = unused();
        if (unused.isEmpty()) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "-D" + PROPERTY + " lists " + String.join(", ", unused.stream().map(s -> "\"" + s + "\"").toList())
                + ", but no such table (or table.column) appeared while another of its kind disappeared, so there is no rename question to"
                + " settle there. List only the added tables (name) or columns (table.column) the refusal names.");
    }

    /** What was settled as not a rename, in the order asked. */
    public List<String> settled() {
        return List.copyOf(used);
    }
}
