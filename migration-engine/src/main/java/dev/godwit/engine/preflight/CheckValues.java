package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.LogicalParts;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.SqliteNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The few values a CHECK lets a column take, read from its expression for {@link RowGenerator}'s rows 2 and 3: the members of a
 * list ({@code status IN ('a', 'b')}, {@code status = 'a' OR status = 'b'}) and the values at the bounds of a range ({@code qty
 * BETWEEN 0 AND 100}, {@code qty >= 0 AND qty <= 100}, one bound alone {@code qty > 0}, strict ones, just outside a {@code NOT
 * BETWEEN}). Read on the SQL tokens, cut at AND and OR as the plan's {@code WidenedCheck} cuts them ({@link LogicalParts}), and
 * conservatively: a list under NOT, a range beside an OR, is none.
 */
final class CheckValues {

    private CheckValues() {
    }

    /** How far past a strict bound a value of a column that is not INTEGER is put: a hundredth, a cent. */
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    /** The members of the lists {@code expression} limits {@code column} to, in the order written, each once. */
    static List<Object> members(String expression, String column) {
        List<Token> t = SqlLexer.significant(expression);
        List<Object> out = new ArrayList<>();
        // column IN (literal, ...), anywhere but under NOT
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!names(t.get(i), column) || !t.get(i + 1).is("IN") || !t.get(i + 2).isPunct("(") || i > 0 && t.get(i - 1).is("NOT")) continue;
            List<Object> items = new ArrayList<>();
            int k = i + 3;
            while (k < t.size()) {
                int end = literalEnd(t, k);
                if (end < 0) break;
                items.add(value(t.subList(k, end)));
                if (end < t.size() && t.get(end).isPunct(")")) {
                    for (Object v : items) add(out, v);
                    break;
                }
                if (end >= t.size() || !t.get(end).isPunct(",")) break;
                k = end + 1;
            }
        }
        // status = 'a' OR status = 'b', the whole CHECK or one side of an AND in it
        List<List<Token>> conjuncts = LogicalParts.split(LogicalParts.bare(t), "AND");
        if (conjuncts == null) return out;
        for (List<Token> conjunct : conjuncts) {
            List<List<Token>> sides = LogicalParts.split(LogicalParts.bare(conjunct), "OR");
            if (sides == null || sides.size() < 2) continue;
            List<Object> values = new ArrayList<>();
            for (List<Token> side : sides) {
                Object v = equalsValue(LogicalParts.bare(side), column);
                if (v == null) {
                    values = null;
                    break;
                }
                values.add(v);
            }
            if (values != null) for (Object v : values) add(out, v);
        }
        return out;
    }

    /**
     * The values at the bounds the CHECKs {@code checks} keep {@code column} within, each one they allow: low then high (an inclusive
     * bound's own value; past a strict one, the next integer where {@code integers}, the column being INTEGER, else a hundredth), and
     * those just outside each {@code NOT BETWEEN}. Bounds of several parts joined by AND, and of several CHECKs, meet. A CHECK in which
     * an OR stands takes no part (the range may be one side of it). Empty where they name none, or where no value is left between
     * the bounds. Each CHECK is read as it is: none is joined to another as text to be cut apart again.
     */
    static List<Object> ends(List<String> checks, String column, boolean integers) {
        List<List<Token>> conjuncts = new ArrayList<>();
        for (String check : checks) {
            List<Token> t = LogicalParts.bare(SqlLexer.significant(check));
            if (t.stream().anyMatch(k -> k.is("OR"))) continue;
            List<List<Token>> parts = conjuncts(t);
            if (parts == null) return List.of();
            conjuncts.addAll(parts);
        }
        Bound low = null;
        Bound high = null;
        List<BigDecimal[]> outside = new ArrayList<>();   // NOT BETWEEN a AND b: the column is never within [a, b]
        for (List<Token> part : conjuncts) {
            List<Token> c = LogicalParts.bare(part);
            if (c.size() >= 5 && names(c.get(0), column) && (c.get(1).is("BETWEEN") || c.get(1).is("NOT") && c.get(2).is("BETWEEN"))) {
                boolean not = c.get(1).is("NOT");
                List<Token> range = c.subList(not ? 3 : 2, c.size());
                int and = -1;
                for (int i = 0; i < range.size() && and < 0; i++) if (range.get(i).is("AND")) and = i;
                BigDecimal a = and < 0 ? null : number(range.subList(0, and));
                BigDecimal b = and < 0 ? null : number(range.subList(and + 1, range.size()));
                if (a == null || b == null) continue;
                if (not) outside.add(new BigDecimal[] {a, b});
                else {
                    low = tighter(low, new Bound(a, false), true);
                    high = tighter(high, new Bound(b, false), false);
                }
                continue;
            }
            int op = -1;
            for (int i = 0, depth = 0; i < c.size(); i++) {
                if (c.get(i).isPunct("(")) depth++;
                else if (c.get(i).isPunct(")")) depth--;
                else if (depth == 0 && c.get(i).kind() == Kind.PUNCT && COMPARING.contains(c.get(i).text())) op = op < 0 ? i : -2;
            }
            if (op <= 0 || !BOUNDING.contains(c.get(op).text())) continue;
            String o = c.get(op).text();
            BigDecimal n;
            boolean lower;
            if (op == 1 && names(c.get(0), column) && (n = number(c.subList(2, c.size()))) != null) lower = o.startsWith(">");
            else if (op == c.size() - 2 && names(c.get(op + 1), column) && (n = number(c.subList(0, op))) != null) lower = o.startsWith("<");
            else continue;
            Bound b = new Bound(n, o.length() == 1);
            if (lower) low = tighter(low, b, true);
            else high = tighter(high, b, false);
        }
        List<BigDecimal> candidates = new ArrayList<>();
        if (low != null) candidates.add(past(low.value, low.strict, true, integers));
        if (high != null) candidates.add(past(high.value, high.strict, false, integers));
        for (BigDecimal[] o : outside) {
            candidates.add(past(o[0].min(o[1]), true, false, integers));
            candidates.add(past(o[0].max(o[1]), true, true, integers));
        }
        List<Object> out = new ArrayList<>();
        for (BigDecimal v : candidates) {
            boolean allowed = (low == null || v.compareTo(low.value) > (low.strict ? 0 : -1))
                    && (high == null || v.compareTo(high.value) < (high.strict ? 0 : 1))
                    && outside.stream().noneMatch(o -> v.compareTo(o[0].min(o[1])) >= 0 && v.compareTo(o[0].max(o[1])) <= 0);
            if (allowed) add(out, asValue(v));
        }
        return out;
    }

    /**
     * {@code t} cut at AND, a part that is itself an AND in parentheses cut too: {@code (0 < qty) AND (qty <= 500 AND qty IS NOT
     * NULL)} bounds the column by each of its parts. Null where the parentheses do not balance.
     */
    private static List<List<Token>> conjuncts(List<Token> t) {
        List<List<Token>> parts = LogicalParts.split(t, "AND");
        if (parts == null) return null;
        List<List<Token>> out = new ArrayList<>();
        for (List<Token> p : parts) {
            List<Token> b = LogicalParts.bare(p);
            List<List<Token>> inner = b.size() < p.size() ? conjuncts(b) : null;   // only a part wholly in parentheses
            if (inner != null && inner.size() > 1) out.addAll(inner);
            else out.add(p);
        }
        return out;
    }

    private static final Set<String> COMPARING = Set.of("<", "<=", ">", ">=", "=", "==", "!=", "<>");
    private static final Set<String> BOUNDING = Set.of("<", "<=", ">", ">=");

    /** A bound: its number, and whether the value itself is left out ({@code >}, {@code <}). */
    private record Bound(BigDecimal value, boolean strict) {
    }

    /** Of two bounds of one side, the one letting less through. */
    private static Bound tighter(Bound was, Bound b, boolean lower) {
        if (was == null) return b;
        int c = b.value.compareTo(was.value);
        if (c == 0) return b.strict ? b : was;
        return lower == c > 0 ? b : was;
    }

    /** The value nearest {@code bound} on its allowed side ({@code up}: above it): itself where inclusive and whole enough. */
    private static BigDecimal past(BigDecimal bound, boolean strict, boolean up, boolean integers) {
        if (integers) {
            if (!strict) return bound.setScale(0, up ? RoundingMode.CEILING : RoundingMode.FLOOR);
            BigDecimal whole = bound.setScale(0, up ? RoundingMode.FLOOR : RoundingMode.CEILING);
            return up ? whole.add(BigDecimal.ONE) : whole.subtract(BigDecimal.ONE);
        }
        return !strict ? bound : up ? bound.add(HUNDREDTH) : bound.subtract(HUNDREDTH);
    }

    /** A whole number as a Long, any other as a Double; null beyond 64 bits. */
    private static Object asValue(BigDecimal v) {
        try {
            return v.stripTrailingZeros().scale() <= 0 ? (Object) v.longValueExact() : (Object) v.doubleValue();
        } catch (ArithmeticException beyond64Bits) {
            return null;
        }
    }

    /** {@code column = literal} (or {@code ==}, or the literal first), as the literal's value; null for anything else. */
    private static Object equalsValue(List<Token> t, String column) {
        int op = -1;
        for (int i = 0; i < t.size(); i++) if (t.get(i).isPunct("=") || t.get(i).isPunct("==")) op = op < 0 ? i : -2;
        if (op <= 0) return null;
        if (op == 1 && names(t.get(0), column) && literalEnd(t, 2) == t.size()) return value(t.subList(2, t.size()));
        if (op == t.size() - 2 && names(t.get(op + 1), column) && literalEnd(t, 0) == op) return value(t.subList(0, op));
        return null;
    }

    /** Whether {@code t} is the column, bare or quoted (a string is a value here, not a name). */
    private static boolean names(Token t, String column) {
        return (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) && SqliteNames.same(t.name(), column);
    }

    /** Where a literal starting at {@code k} ends (a string, a number, a signed number), or -1 where none starts there. */
    private static int literalEnd(List<Token> t, int k) {
        if (k >= t.size()) return -1;
        if (t.get(k).kind() == Kind.STRING || t.get(k).kind() == Kind.NUMBER) return k + 1;
        if ((t.get(k).isPunct("-") || t.get(k).isPunct("+")) && k + 1 < t.size() && t.get(k + 1).kind() == Kind.NUMBER) return k + 2;
        return -1;
    }

    /** A literal's value: a text unquoted, an integer as a Long, a fraction as a Double; null beyond 64 bits. */
    private static Object value(List<Token> literal) {
        if (literal.size() == 1 && literal.get(0).kind() == Kind.STRING) return literal.get(0).name();
        BigDecimal n = number(literal);
        return n == null ? null : literal.get(literal.size() - 1).text().matches("\\d+") ? asValue(n) : (Object) n.doubleValue();
    }

    /** A number, signed or not ({@code -5}, {@code 0.5}); null for anything else (a hex literal too). */
    private static BigDecimal number(List<Token> t) {
        boolean negative = false;
        List<Token> n = t;
        if (n.size() == 2 && (n.get(0).isPunct("-") || n.get(0).isPunct("+"))) {
            negative = n.get(0).isPunct("-");
            n = n.subList(1, 2);
        }
        if (n.size() != 1 || n.get(0).kind() != Kind.NUMBER) return null;
        try {
            BigDecimal v = new BigDecimal(n.get(0).text());
            return negative ? v.negate() : v;
        } catch (NumberFormatException notDecimal) {
            return null;
        }
    }

    private static void add(List<Object> out, Object v) {
        if (v != null && !out.contains(v)) out.add(v);
    }
}
