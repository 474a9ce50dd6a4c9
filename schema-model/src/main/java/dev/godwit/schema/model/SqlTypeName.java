package dev.godwit.schema.model;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the text given to {@code column(name, sqlType)} is a type as SQLite reads one: names ({@code unsigned big int}), then
 * an optional {@code (n)} or {@code (n, m)}, then any {@code COLLATE name}. The text is written into CREATE TABLE as it is, so
 * anything else either fails the migration when applied ({@code varchar(20}, a stray quote) or declares what the schema does not
 * know ({@code text not null}, {@code text primary key}, {@code text, extra int}: SQLite takes them, the snapshot does not).
 */
public final class SqlTypeName {

    /** Keywords that end SQLite's type name and start a column constraint, with the builder call that declares it. */
    private static final Map<String, String> CONSTRAINTS = Map.ofEntries(
            Map.entry("CONSTRAINT", "the constraint's builder call"),
            Map.entry("PRIMARY", ".primaryKey()"),
            Map.entry("NOT", ".notNull()"),
            Map.entry("NULL", ".notNull() (or nothing: a column takes NULL unless declared NOT NULL)"),
            Map.entry("UNIQUE", ".unique()"),
            Map.entry("CHECK", "check(\"name\", \"sql\") in the table's constructor"),
            Map.entry("DEFAULT", ".defaultValue(...) or .defaultSql(\"(expr)\")"),
            Map.entry("REFERENCES", ".references(() -> Other.OTHER.id)"),
            Map.entry("GENERATED", ".generatedAlwaysAs(\"expr\")"),
            Map.entry("AS", ".generatedAlwaysAs(\"expr\")"),
            // SQLite reads "text deferrable" as type TEXT with a DEFERRABLE clause; drizzle declares no deferrable foreign key
            Map.entry("DEFERRABLE", ".references(() -> Other.OTHER.id) (drizzle, and so the DSL, declares no DEFERRABLE foreign key)"));

    /**
     * SQLite's keywords that its parser does not fall back to a name (parse.y's {@code %fallback ID} list leaves them out), less
     * the constraint words above: no type name may hold one unquoted, and CREATE TABLE fails with {@code near "SELECT": syntax
     * error}. Checked against real SQLite, keyword by keyword, in SqlTypeNameKeywordsTest.
     */
    static final java.util.Set<String> RESERVED = java.util.Set.of(
            "ADD", "ALL", "ALTER", "AND", "AUTOINCREMENT", "BETWEEN", "CASE", "COMMIT", "CREATE", "CROSS", "DELETE", "DISTINCT", "DROP",
            "ELSE", "ESCAPE", "EXCEPT", "EXISTS", "FOREIGN", "FROM", "FULL", "GROUP", "HAVING", "IN", "INDEX", "INDEXED", "INNER",
            "INSERT", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "LEFT", "LIMIT", "NATURAL", "NOTHING", "NOTNULL", "ON", "OR", "ORDER",
            "OUTER", "RETURNING", "RIGHT", "SELECT", "SET", "TABLE", "THEN", "TO", "TRANSACTION", "UNION", "UPDATE", "USING", "VALUES",
            "WHEN", "WHERE");

    private SqlTypeName() {
    }

    /** Why {@code type} is no SQLite type name (a sentence ending in what to write), or null when it is one (or blank: reported elsewhere). */
    public static String problem(String type) {
        if (type == null || type.isBlank()) return null;
        Lexer in = new Lexer(type);
        int names = 0;
        String word;
        while ((word = in.name()) != null) {
            if (word.equalsIgnoreCase("collate")) {
                in.pos = in.lastStart;   // ends the names: read below
                break;
            }
            String constraint = CONSTRAINTS.get(word.toUpperCase(Locale.ROOT));
            if (constraint != null && !word.startsWith("\"") && !word.startsWith("`") && !word.startsWith("[") && !word.startsWith("'")) {
                return "the type " + quoted(type) + " holds " + word.toUpperCase(Locale.ROOT) + ", which starts a column constraint in SQLite:"
                        + " the CREATE TABLE would declare what the schema (and so its snapshot and later migrations) does not know."
                        + " Give the type alone" + (names > 0 ? " (" + quoted(type.substring(0, in.lastStart).strip()) + ")" : "")
                        + " and declare the constraint with " + constraint;
            }
            if (RESERVED.contains(word.toUpperCase(Locale.ROOT))) {
                return "the type " + quoted(type) + " holds " + word.toUpperCase(Locale.ROOT) + ", a keyword SQLite reserves, which no type"
                        + " name may hold: the CREATE TABLE would fail when applied (near \"" + word + "\": syntax error). Give the type"
                        + " without it" + (names > 0 ? " (" + quoted(type.substring(0, in.lastStart).strip()) + ")" : "")
                        + ", or, if the word is really part of the type's name, quote it (" + quoted(type.substring(0, in.lastStart)
                        + "\"" + word + "\"" + type.substring(in.pos)) + ")";
            }
            names++;
        }
        if (names == 0) return notAType(type, "it does not start with a type name");
        if (in.take('(')) {
            if (!in.signedNumber()) return notAType(type, "its ( holds no number");
            if (in.take(',') && !in.signedNumber()) return notAType(type, "its , is followed by no number");
            if (!in.take(')')) return notAType(type, "its ( is not closed after one or two numbers");
        }
        while (in.collate()) {
            if (in.name() == null) return notAType(type, "its COLLATE names no collation");
        }
        if (!in.atEnd()) return notAType(type, "of " + quoted(type.substring(in.pos).strip()) + " after the type");
        return null;
    }

    private static String notAType(String type, String why) {
        return "the type " + quoted(type) + " is no SQLite type name (" + why + "), so the CREATE TABLE written with it would fail when"
                + " applied, or declare what the schema does not know; write names, then an optional (n) or (n, m), then an optional"
                + " COLLATE, e.g. \"varchar(20)\", \"decimal(10, 2)\", \"text collate nocase\"";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Just enough of SQLite's tokenizer for a type name. */
    private static final class Lexer {
        private final String s;
        int pos;
        int lastStart;

        Lexer(String s) {
            this.s = s;
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        boolean atEnd() {
            skipSpace();
            return pos == s.length();
        }

        boolean take(char c) {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        /** A COLLATE keyword (consumed), else false with nothing consumed. */
        boolean collate() {
            int at = pos;
            String w = name();
            if (w != null && w.equalsIgnoreCase("collate")) return true;
            pos = at;
            return false;
        }

        /** A bare word or a quoted name ("x", `x`, [x], 'x'), consumed; else null with nothing consumed. */
        String name() {
            skipSpace();
            lastStart = pos;
            if (pos == s.length()) return null;
            char c = s.charAt(pos);
            if (c == '"' || c == '`' || c == '\'' || c == '[') {
                int end = ExpressionNames.closingQuote(s, pos, c == '[' ? ']' : c);
                if (end < 0) return null;   // unclosed: not a name, reported by the caller as what follows the type
                String w = s.substring(pos, end + 1);
                pos = end + 1;
                return w;
            }
            if (!(Character.isLetter(c) || c == '_' || c > 0x7f)) return null;
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '$' || s.charAt(pos) > 0x7f)) {
                pos++;
            }
            return s.substring(start, pos);
        }

        /** A number as SQLite's tokenizer reads one in a type's {@code (n, m)}: hexadecimal, integer or real. */
        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("0[xX][0-9a-fA-F]+|(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

        boolean signedNumber() {
            skipSpace();
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
            skipSpace();
            java.util.regex.Matcher m = NUMBER.matcher(s);
            if (!m.find(pos) || m.start() != pos) return false;
            pos = m.end();
            return true;
        }
    }
}
