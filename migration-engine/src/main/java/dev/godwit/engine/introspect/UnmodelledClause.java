package dev.godwit.engine.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause of a {@code CREATE TABLE} that changes how the table behaves but has no place in the schema model: STRICT,
 * WITHOUT ROWID, an {@code ON CONFLICT} other than the default ABORT, a foreign key's {@code DEFERRABLE INITIALLY DEFERRED}, a
 * collation on a table-level PRIMARY KEY's column.
 * {@code db:pull} warns about them and a generated rebuild loses them. {@code text} says where the clause stands (a column,
 * a key); {@code kind} is the clause with its constraint's kind but no names ({@code UNIQUE ON CONFLICT REPLACE}), so that
 * renaming the column it stands on does not read as losing it; {@code columns}, the columns of the constraint it stands on.
 */
public record UnmodelledClause(String text, String kind, List<String> columns) {

    /**
     * Whether a write meeting this clause deletes rows: ON CONFLICT REPLACE on a PRIMARY KEY or UNIQUE constraint removes the
     * rows the new one conflicts with (on NOT NULL it puts the column's default in place of the NULL instead).
     */
    public boolean deletesConflictingRows() {
        return kind.equals("PRIMARY KEY ON CONFLICT REPLACE") || kind.equals("UNIQUE ON CONFLICT REPLACE");
    }

    /**
     * The clauses of {@code was} that {@code is} (the same table's CREATE TABLE later) no longer has: matched by text first, then
     * by kind, so a clause that stands on a column renamed in place still counts as kept.
     */
    public static List<UnmodelledClause> lost(List<UnmodelledClause> was, List<UnmodelledClause> is) {
        List<UnmodelledClause> unmatched = new ArrayList<>(is);
        List<UnmodelledClause> missing = new ArrayList<>();
        for (UnmodelledClause c : was) if (!unmatched.remove(c)) missing.add(c);
        List<UnmodelledClause> out = new ArrayList<>();
        for (UnmodelledClause c : missing) {
            java.util.Optional<UnmodelledClause> renamed = unmatched.stream().filter(u -> u.kind().equals(c.kind())).findFirst();
            if (renamed.isPresent()) unmatched.remove(renamed.get());
            else out.add(c);
        }
        return out;
    }

    /** The table's clauses in the order written; empty when the statement is not a CREATE TABLE with columns or cannot be read. */
    public static List<UnmodelledClause> of(String createTableSql) {
        // Read for each table before and after every pre-flight: most tables have none of these words, and need no parse.
        String upper = createTableSql.toUpperCase(java.util.Locale.ROOT);
        if (!upper.contains("STRICT") && !upper.contains("ROWID") && !upper.contains("CONFLICT") && !upper.contains("DEFERRED")
                && !upper.contains("COLLATE")) return List.of();
        DdlParser.ParsedTable t;
        try {
            t = DdlParser.parseTable(createTableSql);
        } catch (RuntimeException unreadable) {
            t = null;
        }
        if (t == null) return List.of();
        List<UnmodelledClause> out = new ArrayList<>(t.unmodelled);
        if (t.strict) out.add(new UnmodelledClause("STRICT", "STRICT", List.of()));
        if (t.withoutRowid) out.add(new UnmodelledClause("WITHOUT ROWID", "WITHOUT ROWID", List.of()));
        return out;
    }
}
