package dev.godwit.engine.plan;

import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a changed CHECK lets through every row the old ones did, proven on its text: the same expression but for an IN list
 * of literals that only grew ({@code status IN ('new', 'paid')} to {@code IN ('new', 'paid', 'shipped')}) or a numeric bound
 * relaxed ({@code qty > 0} to {@code qty >= 0}, {@code BETWEEN 1 AND 5} to {@code BETWEEN 0 AND 10}), each standing where only
 * AND and OR lead to it (AND and OR never turn a passing part into a failing whole; NOT, CASE or a comparison around it could).
 * A bound counts as relaxed where SQLite orders the numbers so as the column compares them: a TEXT column compares 9 and 10 as
 * '9' and '10' (so x >= 10 to x >= 9 lets less through there), any other as numbers; an expression's bound (length(x) > 3), which
 * may carry a type, must relax both ways. Anything else is not proven, and the CHECK counts as new.
 */
final class WidenedCheck {

    /** A significant token and what it is compared on: a name's key (renames followed), else its text. */
    record Tok(Token token, String key) {
        boolean is(String keyword) {
            return token.is(keyword);
        }

        boolean isPunct(String p) {
            return token.isPunct(p);
        }
    }

    private final java.util.function.Function<String, dev.godwit.schema.model.Affinity> affinity;

    private WidenedCheck(java.util.function.Function<String, dev.godwit.schema.model.Affinity> affinity) {
        this.affinity = affinity;
    }

    static List<String> keys(List<Tok> tokens) {
        return tokens.stream().map(Tok::key).toList();
    }

    /**
     * Whether every row passing all the CHECKs {@code was} passes {@code is} (each as {@link KeptChecks} reads them): each part of
     * {@code is} joined by AND widens a part so joined of one of them (a row passing "a > 0 AND b > 0" passes "a > 0", and a CHECK
     * split in two or two joined in one is no new rule). {@code affinity} gives a column's type affinity after the migration by its
     * key (null: no such column).
     */
    static boolean widens(List<List<Tok>> was, List<Tok> is, java.util.function.Function<String, dev.godwit.schema.model.Affinity> affinity) {
        WidenedCheck w = new WidenedCheck(affinity);
        List<Node> before = new ArrayList<>();
        for (List<Tok> t : was) {
            try {
                before.addAll(conjuncts(parse(t)));
            } catch (IllegalArgumentException unbalanced) {
                // that one proves nothing
            }
        }
        try {
            return conjuncts(parse(is)).stream().allMatch(part -> before.stream().anyMatch(b -> w.widens(b, part)));
        } catch (IllegalArgumentException unbalanced) {
            return false;
        }
    }

    /** A row passes an AND of parts only where it passes each (a part FALSE makes it FALSE; TRUE or NULL pass). */
    private static List<Node> conjuncts(Node n) {
        return "AND".equals(n.op()) ? n.parts() : List.of(n);
    }

    /** An OR or AND of parts, or one part that is neither. */
    private record Node(String op, List<Node> parts, List<Tok> atom) {
    }

    /**
     * Whether {@code is} passes (TRUE or NULL) wherever {@code was} does: part for part; or {@code is} an OR with a part that does
     * (an OR is no less than any part); or {@code was} an AND with a part that it widens, or an OR each part of which it widens.
     */
    private boolean widens(Node was, Node is) {
        if (was.op() == null && is.op() == null && (keys(was.atom()).equals(keys(is.atom())) || atomWidens(was.atom(), is.atom()))) return true;
        if (was.op() != null && was.op().equals(is.op()) && was.parts().size() == is.parts().size()) {
            boolean each = true;
            for (int i = 0; i < was.parts().size() && each; i++) each = widens(was.parts().get(i), is.parts().get(i));
            if (each) return true;
        }
        if ("OR".equals(is.op()) && is.parts().stream().anyMatch(p -> widens(was, p))) return true;
        if ("AND".equals(was.op()) && was.parts().stream().anyMatch(p -> widens(p, is))) return true;
        return "OR".equals(was.op()) && was.parts().stream().allMatch(p -> widens(p, is));
    }

    private static Node parse(List<Tok> t) {
        if (t.isEmpty()) throw new IllegalArgumentException();
        // a whole in parentheses is its inside
        if (t.get(0).isPunct("(") && close(t, 0) == t.size() - 1) return parse(t.subList(1, t.size() - 1));
        for (String op : List.of("OR", "AND")) {
            List<List<Tok>> parts = split(t, op);
            if (parts.size() > 1) {
                List<Node> nodes = new ArrayList<>();
                for (List<Tok> p : parts) nodes.add(parse(p));
                return new Node(op, nodes, null);
            }
        }
        return new Node(null, null, t);
    }

    /** {@code t} cut at each {@code op} outside parentheses and CASE ... END (the AND of a BETWEEN stays). */
    private static List<List<Tok>> split(List<Tok> t, String op) {
        List<List<Tok>> out = dev.godwit.engine.sql.LogicalParts.split(t, op, Tok::token);
        if (out == null) throw new IllegalArgumentException();
        return out;
    }

    private static int close(List<Tok> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).isPunct("(")) depth++;
            else if (t.get(i).isPunct(")") && --depth == 0) return i;
        }
        throw new IllegalArgumentException();
    }

    private static final Set<String> COMPARING = Set.of("=", "==", "!=", "<>", "<", "<=", ">", ">=");
    private static final Set<String> COMPARING_WORDS = Set.of("NOT", "IS", "IN", "LIKE", "GLOB", "MATCH", "REGEXP", "BETWEEN", "CASE", "ESCAPE",
            "AND", "OR", "EXISTS", "SELECT");

    private boolean atomWidens(List<Tok> was, List<Tok> is) {
        return inListGrew(was, is) || boundRelaxed(was, is) || betweenWidened(was, is);
    }

    /** {@code e IN (literals)} to the same {@code e IN (more literals)}. */
    private static boolean inListGrew(List<Tok> was, List<Tok> is) {
        int a = at(was, "IN"), b = at(is, "IN");
        if (a <= 0 || b <= 0 || !plain(was.subList(0, a)) || !keys(was.subList(0, a)).equals(keys(is.subList(0, b)))) return false;
        Set<String> before = literals(was.subList(a + 1, was.size())), after = literals(is.subList(b + 1, is.size()));
        return before != null && after != null && after.containsAll(before);
    }

    /** The literals of {@code ( l1, l2, ... )}, each by its text; null where that is not all there is. */
    private static Set<String> literals(List<Tok> t) {
        if (t.size() < 2 || !t.get(0).isPunct("(") || !t.get(t.size() - 1).isPunct(")")) return null;
        Set<String> out = new HashSet<>();
        List<Tok> inside = t.subList(1, t.size() - 1);
        int from = 0;
        for (int i = 0; i <= inside.size(); i++) {
            if (i < inside.size() && !inside.get(i).isPunct(",")) continue;
            String lit = literal(inside.subList(from, i));
            if (lit == null) lit = number(inside.subList(from, i));
            if (lit == null) return null;
            out.add(lit);
            from = i + 1;
        }
        return out;
    }

    private static String literal(List<Tok> t) {
        if (t.size() != 1) return null;
        Kind k = t.get(0).token().kind();
        return k == Kind.STRING || k == Kind.BLOB || t.get(0).is("NULL") ? t.get(0).token().text() : null;
    }

    /** A number, its sign included ({@code -5}); null for anything else. */
    private static String number(List<Tok> t) {
        if (t.size() == 1 && t.get(0).token().kind() == Kind.NUMBER) return t.get(0).token().text();
        if (t.size() == 2 && (t.get(0).isPunct("-") || t.get(0).isPunct("+")) && t.get(1).token().kind() == Kind.NUMBER) {
            return t.get(0).token().text() + t.get(1).token().text();
        }
        return null;
    }

    /** {@code e > n} (or >=, <, <=; the number on either side) to the same comparison with a bound that lets more through. */
    private boolean boundRelaxed(List<Tok> was, List<Tok> is) {
        Bound a = bound(was), b = bound(is);
        if (a == null || b == null || a.lower() != b.lower() || !keys(a.side()).equals(keys(b.side()))) return false;
        // v > 5 or v >= 5 implies v >= 3 (5 >= 3) and v > 3 (5 > 3); v > 5 implies v > 5; v >= 5 does not
        boolean strictNeeded = b.strict() && !a.strict();
        Literals order = order(a.side());
        return a.lower() ? order.holds(a.number(), strictNeeded ? ">" : ">=", b.number())
                : order.holds(b.number(), strictNeeded ? ">" : ">=", a.number());
    }

    /** One comparison of an expression with a number: which side bounds it, strictly or not. */
    private record Bound(List<Tok> side, boolean lower, boolean strict, String number) {
    }

    private static Bound bound(List<Tok> t) {
        int op = -1;
        for (int i = 0, depth = 0; i < t.size(); i++) {
            Tok k = t.get(i);
            if (k.isPunct("(")) depth++;
            else if (k.isPunct(")")) depth--;
            else if (depth == 0 && Set.of("<", "<=", ">", ">=").contains(k.token().text()) && k.token().kind() == Kind.PUNCT) {
                if (op >= 0) return null;
                op = i;
            }
        }
        if (op <= 0 || op == t.size() - 1) return null;
        String o = t.get(op).token().text();
        List<Tok> left = t.subList(0, op), right = t.subList(op + 1, t.size());
        String n = number(right);
        if (n != null && plain(left)) return new Bound(left, o.startsWith(">"), o.length() == 1, n);
        n = number(left);
        if (n != null && plain(right)) return new Bound(right, o.startsWith("<"), o.length() == 1, n);
        return null;
    }

    /** {@code e BETWEEN l AND h} to the same {@code e BETWEEN l' AND h'} with l' <= l and h' >= h. */
    private boolean betweenWidened(List<Tok> was, List<Tok> is) {
        int a = at(was, "BETWEEN"), b = at(is, "BETWEEN");
        if (a <= 0 || b <= 0 || !plain(was.subList(0, a)) || !keys(was.subList(0, a)).equals(keys(is.subList(0, b)))) return false;
        String[] x = range(was.subList(a + 1, was.size())), y = range(is.subList(b + 1, is.size()));
        Literals order = order(was.subList(0, a));
        return x != null && y != null && order.holds(x[0], ">=", y[0]) && order.holds(y[1], ">=", x[1]);
    }

    private static String[] range(List<Tok> t) {
        for (int i = 1; i < t.size(); i++) {
            if (!t.get(i).is("AND")) continue;
            String low = number(t.subList(0, i)), high = number(t.subList(i + 1, t.size()));
            return low == null || high == null ? null : new String[] {low, high};
        }
        return null;
    }

    /** Where the bare word {@code keyword} stands outside parentheses, -1 if nowhere. */
    private static int at(List<Tok> t, String keyword) {
        for (int i = 0, depth = 0; i < t.size(); i++) {
            if (t.get(i).isPunct("(")) depth++;
            else if (t.get(i).isPunct(")")) depth--;
            else if (depth == 0 && t.get(i).is(keyword)) return i;
        }
        return -1;
    }

    /** An operand with no comparison or logic of its own outside parentheses: {@code qty}, {@code length(name)}, {@code a + b}. */
    private static boolean plain(List<Tok> t) {
        if (t.isEmpty()) return false;
        for (int i = 0, depth = 0; i < t.size(); i++) {
            Tok k = t.get(i);
            if (k.isPunct("(")) depth++;
            else if (k.isPunct(")")) depth--;
            else if (k.is("CASE") || depth == 0 && (k.token().kind() == Kind.PUNCT && COMPARING.contains(k.token().text())
                    || k.token().kind() == Kind.WORD && COMPARING_WORDS.contains(k.token().upper()))) return false;
        }
        return true;
    }

    /**
     * How the bounds of {@code side} compare: a column's own way; a function's result (length(x), not CAST) has no type of its own,
     * so as numbers; arithmetic ({@code x + 0}) gives a number or NULL whatever it reads, so as numbers; any other expression both ways.
     */
    private Literals order(List<Tok> side) {
        if (side.size() == 1 && side.get(0).key().startsWith("\u0001")) {
            dev.godwit.schema.model.Affinity a = affinity.apply(side.get(0).key().substring(1));
            if (a == null) return Literals.BOTH;
            return a == dev.godwit.schema.model.Affinity.TEXT ? Literals.TEXTS : Literals.NUMBERS;
        }
        boolean call = side.size() >= 3 && side.get(0).token().kind() == Kind.WORD && !side.get(0).is("CAST") && side.get(1).isPunct("(")
                && close(side, 1) == side.size() - 1;
        return call || arithmetic(side) ? Literals.NUMBERS : Literals.BOTH;
    }

    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%");

    /**
     * Whether a binary + - * / % stands outside parentheses: it binds after everything else a plain operand may hold (|| and
     * COLLATE bind tighter), so it gives the result, a number or NULL. A unary + keeps its operand's type, so only one after an
     * operand counts.
     */
    private static boolean arithmetic(List<Tok> side) {
        for (int i = 0, depth = 0; i < side.size(); i++) {
            Tok k = side.get(i);
            if (k.isPunct("(")) depth++;
            else if (k.isPunct(")")) depth--;
            else if (i > 0 && depth == 0 && k.token().kind() == Kind.PUNCT && ARITHMETIC.contains(k.token().text())) {
                Token prev = side.get(i - 1).token();
                if (prev.kind() == Kind.NUMBER || prev.kind() == Kind.STRING || prev.kind() == Kind.BLOB || prev.kind() == Kind.QUOTED
                        || prev.kind() == Kind.WORD && !prev.is("NOT") || prev.kind() == Kind.PUNCT && prev.text().equals(")")) return true;
            }
        }
        return false;
    }

    /** Number literals compared by SQLite: as numbers (a numeric or untyped column), as texts (a TEXT column), or both ways. */
    private enum Literals {
        NUMBERS, TEXTS, BOTH;

        boolean holds(String a, String op, String b) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:"); java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet r = s.executeQuery("SELECT (" + a + ") " + op + " (" + b + "), CAST((" + a + ") AS TEXT) " + op + " CAST((" + b + ") AS TEXT)")) {
                return r.next() && (this == TEXTS || r.getInt(1) == 1) && (this == NUMBERS || r.getInt(2) == 1);
            } catch (java.sql.SQLException e) {
                return false;
            }
        }
    }
}
