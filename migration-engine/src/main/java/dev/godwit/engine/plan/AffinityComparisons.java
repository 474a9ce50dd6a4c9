package dev.godwit.engine.plan;

import dev.godwit.engine.diff.CheckText;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether SQL compares a column itself (=, <, IN, BETWEEN, IS ...) with something its type affinity converts: SQLite gives a
 * TEXT column's type to a number it is compared with ({@code qty <= 5} reads 5 as '5') and a numeric column's to a text that
 * reads as a number; a BLOB (untyped) column gives none. Retyped to BLOB, the values stay but such a comparison answers
 * otherwise ('3' <= '5' held, '3' <= 5 does not: a text sorts after every number). A column read only inside a function or
 * arithmetic ({@code length(code) > 3}), or compared with literals the old type leaves as they are ({@code code IN ('a', 'b')}
 * for TEXT, {@code qty > 0} for a number), answers the same.
 */
final class AffinityComparisons {

    private static final Set<String> COMPARING = Set.of("=", "==", "!=", "<>", "<", "<=", ">", ">=");
    private static final Set<String> ENDS = Set.of("AND", "OR", "WHEN", "THEN", "ELSE", "END");

    private AffinityComparisons() {
    }

    /**
     * Whether {@code sql} (of {@code table}) compares {@code column}, whose affinity was {@code from}, where that affinity converts the
     * other side. {@code others} gives the affinity of another column of the table the migration leaves as it was (null for any other
     * name): compared with such a column the answer stays where the old affinity was TEXT (SQLite converts neither a TEXT nor a BLOB
     * column's side then, and numeric ones alike), or numeric and the other column numeric too; on the left of IN, only where both
     * are TEXT or both numeric (IN gives the list its left side's affinity). Each tried on SQLite for every pair of affinities.
     */
    static boolean dependsOn(String sql, String table, String column, Affinity from, Function<String, Affinity> others) {
        if (sql == null) return false;
        List<Token> t = SqlLexer.significant(Objects.requireNonNullElse(CheckText.unqualified(sql, table), sql));
        String key = SqliteNames.key(column);
        Deque<Boolean> inList = new ArrayDeque<>();   // for each open parenthesis: whether it opens an IN list
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.isPunct("(")) {
                inList.push(i > 0 && t.get(i - 1).is("IN"));
                continue;
            }
            if (k.isPunct(")")) {
                if (!inList.isEmpty()) inList.pop();
                continue;
            }
            if (k.kind() != Kind.WORD && k.kind() != Kind.QUOTED || !SqliteNames.key(k.name()).equals(key)) continue;
            if (i + 1 < t.size() && t.get(i + 1).isPunct("(")) continue;   // a function of that name
            if (i > 0 && t.get(i - 1).isPunct(".")) continue;               // another table's column
            // a member of an IN list, a bound of BETWEEN: the column compared with the left-hand side
            if (!inList.isEmpty() && inList.peek() && (t.get(i - 1).isPunct("(") || t.get(i - 1).isPunct(","))) return true;
            // in parentheses ((x) <= 5, (x COLLATE NOCASE) <= 5) a column keeps its affinity: compared as the whole they close
            int lo = i, hi = i;
            while (true) {
                int h = hi + 1;
                while (h + 1 < t.size() && t.get(h).is("COLLATE")) h += 2;
                if (lo == 0 || h >= t.size() || !t.get(lo - 1).isPunct("(") || !t.get(h).isPunct(")") || call(t, lo - 1)) break;
                lo--;
                hi = h;
            }
            if (lo > 0 && (t.get(lo - 1).is("BETWEEN") || t.get(lo - 1).is("AND") && betweenBefore(t, lo - 1))) return true;
            if (comparedAfter(t, hi, from, others) || comparedBefore(t, lo, from, others) || comparedByCase(t, lo, hi)) return true;
        }
        return false;
    }

    /** Words before a parenthesis that are not a function's name: the parenthesis groups an expression. */
    private static final Set<String> NOT_CALLS = Set.of("AND", "OR", "NOT", "CASE", "WHEN", "THEN", "ELSE", "IN", "BETWEEN", "IS", "LIKE", "GLOB",
            "MATCH", "REGEXP", "ESCAPE", "FROM", "DISTINCT");

    /** Whether the parenthesis at {@code open} is a function's (abs(x)), whose result has no affinity of its own. */
    private static boolean call(List<Token> t, int open) {
        if (open == 0) return false;
        Token before = t.get(open - 1);
        return before.kind() == Kind.QUOTED || before.kind() == Kind.WORD && !NOT_CALLS.contains(before.upper());
    }

    /**
     * The column (tokens {@code lo} to {@code hi}) as the value of a CASE ({@code CASE x WHEN 3}), or a WHEN's value under a CASE
     * that has one ({@code CASE 3 WHEN x}): compared as x = 3 is.
     */
    private static boolean comparedByCase(List<Token> t, int lo, int hi) {
        if (lo == 0 || hi + 1 >= t.size()) return false;
        if (t.get(lo - 1).is("CASE")) return t.get(hi + 1).is("WHEN");
        if (!t.get(lo - 1).is("WHEN") || !t.get(hi + 1).is("THEN")) return false;
        for (int i = lo - 2, depth = 0; i >= 0; i--) {
            Token k = t.get(i);
            if (k.isPunct(")") || k.is("END")) depth++;
            else if (k.isPunct("(")) depth--;
            else if (k.is("CASE") && depth-- == 0) return !t.get(i + 1).is("WHEN");   // CASE WHEN ...: no value compared
            if (depth < 0) return false;
        }
        return false;
    }

    /** The column at {@code i} as the left-hand side of a comparison whose other side its old affinity would convert. */
    private static boolean comparedAfter(List<Token> t, int i, Affinity from, Function<String, Affinity> others) {
        int j = i + 1;
        while (j + 1 < t.size() && t.get(j).is("COLLATE")) j += 2;
        if (j >= t.size()) return false;
        Token op = t.get(j);
        if (op.kind() == Kind.PUNCT && COMPARING.contains(op.text())) return !operandThenEnd(t, j + 1, from, others);
        if (op.is("IS")) {
            int k = j + 1 < t.size() && t.get(j + 1).is("NOT") ? j + 2 : j + 1;
            if (k < t.size() && t.get(k).is("DISTINCT")) k += 2;   // IS [NOT] DISTINCT FROM
            return !operandThenEnd(t, k, from, others);
        }
        int k = op.is("NOT") ? j + 1 : j;
        if (k >= t.size()) return false;
        if (t.get(k).is("IN")) return !literalList(t, k + 1, from, others);
        if (t.get(k).is("BETWEEN")) {
            int and = operandEnd(t, k + 1, from, others, false);
            return and < 0 || and >= t.size() || !t.get(and).is("AND") || !operandThenEnd(t, and + 1, from, others);
        }
        return false;
    }

    /** The column at {@code i} as the right-hand side of a comparison: {@code 5 >= qty}. */
    private static boolean comparedBefore(List<Token> t, int i, Affinity from, Function<String, Affinity> others) {
        if (i == 0) return false;
        Token op = t.get(i - 1);
        boolean isOp = op.kind() == Kind.PUNCT && COMPARING.contains(op.text()) || op.is("IS") || op.is("NOT") && i > 1 && t.get(i - 2).is("IS");
        if (!isOp) return false;
        int end = op.is("NOT") ? i - 2 : i - 1;   // the operator's first token
        int start = end - 1;
        if (start >= 0 && t.get(start).kind() == Kind.NUMBER && start > 0 && (t.get(start - 1).isPunct("-") || t.get(start - 1).isPunct("+"))) start--;
        if (start < 0 || operandEnd(t, start, from, others, false) != end) return true;
        return start > 0 && !(t.get(start - 1).isPunct("(") || t.get(start - 1).isPunct(",") || t.get(start - 1).kind() == Kind.WORD
                && (ENDS.contains(t.get(start - 1).upper()) || t.get(start - 1).is("NOT")));
    }

    private static boolean betweenBefore(List<Token> t, int and) {
        for (int i = and - 1, depth = 0; i >= 0; i--) {
            if (t.get(i).isPunct(")")) depth++;
            else if (t.get(i).isPunct("(")) {
                if (depth-- == 0) return false;
            } else if (depth == 0 && t.get(i).is("BETWEEN")) return true;
            else if (depth == 0 && (t.get(i).is("AND") || t.get(i).is("OR"))) return false;
        }
        return false;
    }

    /** A literal the affinity {@code from} leaves as it is, or a column keeping the answer, at {@code at}, then the comparison's end. */
    private static boolean operandThenEnd(List<Token> t, int at, Affinity from, Function<String, Affinity> others) {
        int end = operandEnd(t, at, from, others, false);
        return end >= 0 && ends(t, end);
    }

    /**
     * Where a literal {@code from} leaves as it is ({@link #literalEnd}) or another column of the table whose comparison with the
     * column answers the same after BLOB (its COLLATE aside) ends, starting at {@code at}; -1 where neither starts there.
     */
    private static int operandEnd(List<Token> t, int at, Affinity from, Function<String, Affinity> others, boolean inList) {
        int end = literalEnd(t, at, from);
        if (end >= 0 || at >= t.size()) return end;
        Token k = t.get(at);
        if (k.kind() != Kind.WORD && k.kind() != Kind.QUOTED) return -1;
        if (at + 1 < t.size() && (t.get(at + 1).isPunct("(") || t.get(at + 1).isPunct("."))) return -1;   // a function, a qualified name
        Affinity other = others.apply(SqliteNames.key(k.name()));
        if (other == null) return -1;
        boolean numericFrom = from != Affinity.TEXT && from != Affinity.BLOB, numericOther = other != Affinity.TEXT && other != Affinity.BLOB;
        boolean same = inList ? from == Affinity.TEXT && other == Affinity.TEXT || numericFrom && numericOther
                : from == Affinity.TEXT || numericFrom && numericOther;
        if (!same) return -1;
        int i = at + 1;
        while (i + 1 < t.size() && t.get(i).is("COLLATE")) i += 2;
        return i;
    }

    /** Whether a comparison's operand ends before {@code at}: nothing of higher precedence follows it. */
    private static boolean ends(List<Token> t, int at) {
        return at == t.size() || t.get(at).isPunct(")") || t.get(at).isPunct(",") || t.get(at).kind() == Kind.WORD && ENDS.contains(t.get(at).upper());
    }

    /** {@code ( literal, ... )}, each one {@code from} leaves as it is, ending the comparison. */
    private static boolean literalList(List<Token> t, int at, Affinity from, Function<String, Affinity> others) {
        if (at >= t.size() || !t.get(at).isPunct("(")) return false;
        int i = at + 1;
        while (true) {
            int end = operandEnd(t, i, from, others, true);
            if (end < 0 || end >= t.size()) return false;
            if (t.get(end).isPunct(")")) return ends(t, end + 1);
            if (!t.get(end).isPunct(",")) return false;
            i = end + 1;
        }
    }

    /**
     * Where a literal that affinity {@code from} leaves as it is ends, starting at {@code at}; -1 where none starts there. NULL and
     * blobs are left by every affinity; a TEXT column converts numbers, a numeric one texts that may read as numbers (any with a digit).
     */
    private static int literalEnd(List<Token> t, int at, Affinity from) {
        if (at >= t.size()) return -1;
        Token k = t.get(at);
        if (k.is("NULL") || k.kind() == Kind.BLOB) return at + 1;
        if (k.kind() == Kind.STRING) return from == Affinity.TEXT || from == Affinity.BLOB || k.text().chars().noneMatch(Character::isDigit) ? at + 1 : -1;
        boolean signed = (k.isPunct("-") || k.isPunct("+")) && at + 1 < t.size() && t.get(at + 1).kind() == Kind.NUMBER;
        if (k.kind() == Kind.NUMBER || signed) return from == Affinity.TEXT ? -1 : at + (signed ? 2 : 1);
        return -1;
    }
}
