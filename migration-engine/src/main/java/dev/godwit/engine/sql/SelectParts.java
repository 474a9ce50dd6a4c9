package dev.godwit.engine.sql;

import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the SELECT an {@code INSERT ... SELECT} copies rows with, read from its tokens: the items of its list, its FROM, its
 * WHERE, where those end, and what makes its rows other than one a row of the tables it reads (DISTINCT, GROUP BY, a WINDOW
 * clause, a compound). The one reader of the pre-flight's copies (the CASTs of a copy, the WHERE of a copy that leaves values
 * behind, the columns a copy keeps, renames or computes, a backup's columns) and of a row value's {@code (SELECT x, y ...)}, as
 * {@link SetList} is of SET lists. Parentheses and {@code CASE ... END} nest; an {@code IS [NOT] DISTINCT FROM} is
 * an operator, neither the FROM clause nor a SELECT DISTINCT.
 *
 * @param items    each item of the SELECT list, past a leading ALL or DISTINCT
 * @param from     where the FROM clause starts (its FROM); -1 only as {@link #readEvenWithoutFrom} reads a SELECT without one
 * @param where    its WHERE, or -1
 * @param tail     the first GROUP, HAVING, WINDOW, ORDER, LIMIT or compound operator after the FROM, or {@code end}: where the FROM
 *                 (without a WHERE) or the WHERE ends
 * @param end      where the SELECT ends: an upsert's ON CONFLICT, RETURNING, {@code ;}, or the end of the tokens
 * @param joined   the FROM reads more than one table ({@code JOIN}, or a comma before the WHERE)
 */
public record SelectParts(List<Item> items, int from, int where, int tail, int end, boolean distinct, boolean grouped, boolean windowed,
        boolean compound, boolean joined) {

    /** One item of the SELECT list: its first token and where it ends (the comma or the FROM, exclusive). */
    public record Item(int start, int end) {
    }

    /** The SELECT at {@code select} of {@code t}; null where no SELECT stands there or it has no FROM followed by something. */
    public static SelectParts read(List<Token> t, int select) {
        SelectParts s = readEvenWithoutFrom(t, select);
        return s == null || s.from() < 0 || s.from() + 1 >= s.end() ? null : s;
    }

    /**
     * As {@link #read}, also a SELECT without FROM ({@code SELECT 99, 'admin' WHERE NOT EXISTS (...)}, a seed; {@code (SELECT 1, 2)}):
     * its {@code from} is -1 and its list ends at its first clause (WHERE, GROUP, ..., a compound operator) or where the SELECT
     * ends. Null where no SELECT stands at {@code select}.
     */
    public static SelectParts readEvenWithoutFrom(List<Token> t, int select) {
        if (select >= t.size() || !t.get(select).is("SELECT")) return null;
        int first = select + 1;
        boolean distinct = first < t.size() && t.get(first).is("DISTINCT");
        if (distinct || first < t.size() && t.get(first).is("ALL")) first++;
        List<Item> items = new ArrayList<>();
        boolean listed = false;   // the list has ended: at the FROM, or at a clause of a SELECT without one
        int from = -1;
        int where = -1;
        int tail = -1;
        int end = t.size();
        boolean grouped = false;
        boolean windowed = false;
        boolean compound = false;
        boolean joined = false;
        int start = first;
        for (int k = first, depth = 0; k < t.size(); k++) {
            Token x = t.get(k);
            if (x.isPunct("(") || x.is("CASE")) depth++;
            else if (x.isPunct(")") || x.is("END")) depth--;
            if (depth != 0) continue;
            boolean operatorFrom = x.is("FROM") && t.get(k - 1).is("DISTINCT");   // a IS [NOT] DISTINCT FROM b
            if (x.is("UNION") || x.is("INTERSECT") || x.is("EXCEPT")) compound = true;
            else if (x.is("GROUP")) grouped = true;
            else if (x.is("WINDOW")) windowed = true;
            boolean ends = x.is("RETURNING") || x.isPunct(";") || x.is("ON") && k + 1 < t.size() && t.get(k + 1).is("CONFLICT");
            boolean clause = x.is("WHERE") || x.is("GROUP") || x.is("HAVING") || x.is("WINDOW") || x.is("ORDER") || x.is("LIMIT") || compound;
            if (!listed) {
                boolean fromClause = x.is("FROM") && !operatorFrom;
                // none of these stands in an item outside parentheses: a list reaching one has no FROM
                if (!x.isPunct(",") && !fromClause && !clause && !ends) continue;
                items.add(new Item(start, k));
                start = k + 1;
                if (x.isPunct(",")) continue;
                listed = true;
                if (fromClause) {
                    from = k;
                    continue;
                }
            }
            if (ends) {
                end = k;   // an upsert's ON CONFLICT (a join's ON stands inside the FROM: its JOIN comes first), RETURNING, the end
                break;
            } else if (tail < 0 && x.is("WHERE")) {
                if (where < 0) where = k;
            } else if (tail < 0 && clause) {
                tail = k;
            } else if (tail < 0 && where < 0 && (x.isPunct(",") || x.is("JOIN"))) {
                joined = true;
            }
        }
        if (!listed) items.add(new Item(start, end));
        return new SelectParts(List.copyOf(items), from, where, tail < 0 ? end : tail, end, distinct, grouped, windowed, compound, joined);
    }

    /** Where the SELECT list ends: at the FROM, or at what ends a list without one (exclusive). */
    public int listEnd() {
        return items.get(items.size() - 1).end();
    }

    /** Where the FROM clause ends: at its WHERE, else at {@link #tail}. */
    public int fromEnd() {
        return where >= 0 ? where : tail;
    }

    /** Whether an item of the list is {@code *} or {@code x.*} (not a product's {@code *}, nor one inside parentheses). */
    public boolean star(List<Token> t) {
        for (Item i : items) {
            if (i.end() - i.start() == 1 && t.get(i.start()).isPunct("*")) return true;
            if (i.end() - i.start() >= 3 && t.get(i.end() - 1).isPunct("*") && t.get(i.end() - 2).isPunct(".")) return true;
        }
        return false;
    }
}
