package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few values a CHECK lets a column take, read from its expression for {@link RowGenerator}'s rows 2 and 3: the members of a
 * list ({@code status IN ('a', 'b')}, {@code status = 'a' OR status = 'b'}) and the ends of a range ({@code qty BETWEEN 0 AND 100},
 * {@code qty >= 0 AND qty <= 100}). Read conservatively: a list or range under NOT, or beside an OR it is not part of, is none.
 */
final class CheckValues {

    private CheckValues() {
    }

    private static final String LITERAL = "'(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?";
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    /** {@code column IN (literal, ...)}, not under NOT: the column, then the list's inside. */
    private static final Pattern IN_LIST = Pattern.compile("(?i)(?<!\\bNOT\\s)(?<![\\w$])" + StatementText.IDENT + "\\s+IN\\s*\\(((?:\\s*(?:" + LITERAL + ")\\s*,)*"
            + "\\s*(?:" + LITERAL + ")\\s*)\\)");
    private static final Pattern LIST_ITEM = Pattern.compile("'((?:[^']|'')*)'|(-?\\d+(?:\\.\\d+)?)");
    /** {@code column = literal} (or {@code ==}, or the literal first), the whole of one side of an OR. */
    private static final Pattern EQUALS = Pattern.compile("(?i)^" + StatementText.IDENT + "\\s*==?\\s*(" + LITERAL + ")$");
    private static final Pattern EQUALS_FLIPPED = Pattern.compile("(?i)^(" + LITERAL + ")\\s*==?\\s*" + StatementText.IDENT + "$");
    /** {@code column BETWEEN lo AND hi}, not under NOT. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)(?<!\\bNOT\\s)(?<![\\w$])" + StatementText.IDENT + "\\s+BETWEEN\\s+(" + NUMBER + ")\\s+AND\\s+(" + NUMBER + ")(?![\\w.])");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)^" + StatementText.IDENT + "\\s*>=\\s*(" + NUMBER + ")$");
    private static final Pattern AT_MOST = Pattern.compile("(?i)^" + StatementText.IDENT + "\\s*<=\\s*(" + NUMBER + ")$");
    private static final Pattern AT_LEAST_FLIPPED = Pattern.compile("(?i)^(" + NUMBER + ")\\s*<=\\s*" + StatementText.IDENT + "$");
    private static final Pattern AT_MOST_FLIPPED = Pattern.compile("(?i)^(" + NUMBER + ")\\s*>=\\s*" + StatementText.IDENT + "$");
    /** An OR, in an expression whose texts are emptied by {@link #TEXT}. */
    private static final Pattern OR = Pattern.compile("(?i)\\bOR\\b");
    private static final Pattern TEXT = Pattern.compile("'(?:[^']|'')*'");

    /** The members of the lists {@code expression} limits {@code column} to, in the order written, each once. */
    static List<Object> members(String expression, String column) {
        List<Object> out = new ArrayList<>();
        Matcher m = IN_LIST.matcher(expression);
        while (m.find()) {
            if (!SqliteNames.same(SqlLexer.unquote(m.group(1)), column)) continue;
            Matcher item = LIST_ITEM.matcher(m.group(2));
            while (item.find()) add(out, value(item.group(1) != null ? "'" + item.group(1) + "'" : item.group(2)));
        }
        // status = 'a' OR status = 'b', the whole CHECK or one side of an AND in it
        for (String conjunct : split(bare(expression), "AND")) {
            List<String> sides = split(bare(conjunct), "OR");
            if (sides.size() < 2) continue;
            List<Object> values = new ArrayList<>();
            for (String side : sides) {
                String s = bare(side);
                Matcher e = EQUALS.matcher(s);
                Matcher f = EQUALS_FLIPPED.matcher(s);
                if (e.find() && SqliteNames.same(SqlLexer.unquote(e.group(1)), column)) values.add(value(e.group(2)));
                else if (f.find() && SqliteNames.same(SqlLexer.unquote(f.group(2)), column)) values.add(value(f.group(1)));
                else {
                    values = null;
                    break;
                }
            }
            if (values != null) for (Object v : values) add(out, v);
        }
        return out;
    }

    /** The ends of the range {@code expression} keeps {@code column} in, low then high; empty where it names none. */
    static List<Object> ends(String expression, String column) {
        String e = bare(expression);
        if (OR.matcher(TEXT.matcher(e).replaceAll("''")).find()) return List.of();
        Matcher b = BETWEEN.matcher(e);
        while (b.find()) {
            if (SqliteNames.same(SqlLexer.unquote(b.group(1)), column)) return ordered(value(b.group(2)), value(b.group(3)));
        }
        Object low = null;
        Object high = null;
        for (String conjunct : split(e, "AND")) {
            String s = bare(conjunct);
            Matcher m;
            if ((m = AT_LEAST.matcher(s)).find() && SqliteNames.same(SqlLexer.unquote(m.group(1)), column)) low = value(m.group(2));
            else if ((m = AT_MOST.matcher(s)).find() && SqliteNames.same(SqlLexer.unquote(m.group(1)), column)) high = value(m.group(2));
            else if ((m = AT_LEAST_FLIPPED.matcher(s)).find() && SqliteNames.same(SqlLexer.unquote(m.group(2)), column)) low = value(m.group(1));
            else if ((m = AT_MOST_FLIPPED.matcher(s)).find() && SqliteNames.same(SqlLexer.unquote(m.group(2)), column)) high = value(m.group(1));
        }
        return low != null && high != null ? ordered(low, high) : List.of();
    }

    private static List<Object> ordered(Object low, Object high) {
        if (low == null || high == null) return List.of();
        double l = ((Number) low).doubleValue();
        double h = ((Number) high).doubleValue();
        return l < h ? List.of(low, high) : l == h ? List.of(low) : List.of();   // an empty range: nothing to spread over
    }

    private static void add(List<Object> out, Object v) {
        if (v != null && !out.contains(v)) out.add(v);
    }

    /** A literal's value: a text unquoted, an integer as a Long, a fraction as a Double; null beyond 64 bits. */
    private static Object value(String literal) {
        if (literal.startsWith("'")) return literal.substring(1, literal.length() - 1).replace("''", "'");
        try {
            return literal.contains(".") ? (Object) Double.parseDouble(literal) : (Object) Long.parseLong(literal);
        } catch (NumberFormatException beyond64Bits) {
            return null;
        }
    }

    /** {@code sql} without the parentheses around the whole of it, trimmed. */
    private static String bare(String sql) {
        String s = sql.strip();
        while (s.startsWith("(") && s.endsWith(")") && closes(s) == s.length() - 1) s = s.substring(1, s.length() - 1).strip();
        return s;
    }

    /** Where the parenthesis opening {@code s} closes, or -1. */
    private static int closes(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c == '(') depth++;
            else if (!quoted && c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** {@code sql} cut at the keyword {@code word} (AND, OR) where it stands outside parentheses and quotes; BETWEEN's AND is kept. */
    private static List<String> split(String sql, String word) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        boolean between = false;
        String upper = sql.toUpperCase(Locale.ROOT);
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') quoted = !quoted;
            if (quoted) continue;
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && wordAt(upper, i, "BETWEEN")) between = true;
            else if (depth == 0 && wordAt(upper, i, word)) {
                if (word.equals("AND") && between) {
                    between = false;
                    continue;
                }
                out.add(sql.substring(start, i));
                start = i + word.length();
            }
        }
        out.add(sql.substring(start));
        return out;
    }

    private static boolean wordAt(String upper, int i, String word) {
        if (!upper.startsWith(word, i)) return false;
        boolean before = i == 0 || !Character.isLetterOrDigit(upper.charAt(i - 1)) && upper.charAt(i - 1) != '_' && upper.charAt(i - 1) != '$';
        int end = i + word.length();
        boolean after = end == upper.length() || !Character.isLetterOrDigit(upper.charAt(end)) && upper.charAt(end) != '_' && upper.charAt(end) != '$';
        return before && after;
    }
}
