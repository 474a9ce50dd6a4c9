package dev.godwit.engine.sql;

import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the SELECT an {@code INSERT ... SELECT} copies rows with, read from its tokens: the items of its list, its FROM, its
 * WHERE, where those end, and what makes its rows other than one a row of the tables it reads (DISTINCT, GROUP BY, a WINDOW
 * clause, a compound). The one reader of the pre-flight's copies (the CASTs of a copy, the WHERE of a copy that leaves values
 * behind), as {@link SetList} is of SET lists. Parentheses and {@code CASE ... END} nest; an {@code IS [NOT] DISTINCT FROM} is
 * an operator, neither the FROM clause nor a SELECT DISTINCT.
 *
 * @param items    each item of the SELECT list, past a leading ALL or DISTINCT
 * @param from     where the FROM clause starts (its FROM)
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
        if (select >= t.size() || !t.get(select).is("SELECT")) return null;
        int first = select + 1;
        boolean distinct = first < t.size() && t.get(first).is("DISTINCT");
        if (distinct || first < t.size() && t.get(first).is("ALL")) first++;
        List<Item> items = new ArrayList<>();
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
            if (from < 0) {
                if (!x.isPunct(",") && !(x.is("FROM") && !operatorFrom)) continue;
                items.add(new Item(start, k));
                start = k + 1;
                if (x.is("FROM")) from = k;
            } else if (x.is("RETURNING") || x.isPunct(";") || x.is("ON") && k + 1 < t.size() && t.get(k + 1).is("CONFLICT")) {
                end = k;   // an upsert's ON CONFLICT (a join's ON stands inside the FROM: its JOIN comes first), RETURNING, the end
                break;
            } else if (tail < 0 && x.is("WHERE")) {
                if (where < 0) where = k;
            } else if (tail < 0 && (x.is("GROUP") || x.is("HAVING") || x.is("WINDOW") || x.is("ORDER") || x.is("LIMIT") || compound)) {
                tail = k;
            } else if (tail < 0 && where < 0 && (x.isPunct(",") || x.is("JOIN"))) {
                joined = true;
            }
        }
        if (from < 0 || from + 1 >= end) return null;
        return new SelectParts(List.copyOf(items), from, where, tail < 0 ? end : tail, end, distinct, grouped, windowed, compound, joined);
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
