package dev.godwit.engine.d1;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins statements into the one {@code sql} text of a D1 request. D1 splits that text on
 * {@code ;} on the server and runs the parts as one transaction (the statements of a request
 * commit or roll back together), so each statement must end cleanly: a trailing {@code ;} is dropped, a statement that ends inside
 * a {@code --} comment gets a newline before the separator (or the {@code ;} would be commented
 * out), a block comment left open at its end (SQLite reads it to the end of the text) is closed (or it would swallow every
 * statement after it, the history row's included, and D1 answer success), CRLF becomes LF outside quotes (D1's splitter mishandles CRLF in trigger
 * bodies), comments before a statement or after its {@code ;} are left out (D1's splitter reads a {@code ;} or a quote in them
 * as SQL), and empty or comment-only statements are left out (D1 refuses SQL without a
 * statement).
 */
public final class D1Sql {

    public static final String SEPARATOR = ";\n";

    private D1Sql() {
    }

    /** The statement ready to join, or "" when it holds no SQL (empty or comments only). */
    public static String clean(String statement) {
        if (statement == null) return "";
        String s = statement;
        while (true) {
            Scan scan = scan(s);
            if (!scan.hasCode) return "";
            s = scan.text;
            if (scan.lastCode >= 0 && s.charAt(scan.lastCode) == ';') {
                // the ; and the comments after it: they follow the statement's end, where SQLite keeps nothing of them
                s = s.substring(0, scan.lastCode);
                continue;
            }
            String out = s.stripTrailing();
            Scan end = scan(out);
            if (end.endsInLineComment) out = out + "\n";
            if (end.endsInOpenBlockComment) out = out + "*/";
            return out.strip().isEmpty() ? "" : withoutLeadingTrivia(out);
        }
    }

    /**
     * The statement from its first token on: the comments before it go too. SQLite keeps nothing of them (sqlite_master holds
     * a CREATE from its keyword), but D1's {@code /query} splitter reads them as SQL: a {@code ;} in one cuts the request there
     * ({@code -- comment;} between two statements: "SQL code did not contain a statement", workers-sdk#3892, #4767) and a quote
     * in one opens a string that runs over the next statements ({@code -- It's ...}: "A prepared SQL statement must contain
     * only one statement", #4713), on D1 only: SQLite, and so a local apply, skips them.
     */
    private static String withoutLeadingTrivia(String s) {
        for (Token t : SqlLexer.tokenize(s)) {
            if (!t.isTrivia()) return s.substring(t.start());
        }
        return "";
    }

    /**
     * Why D1 may split the statement where SQLite does not: a comment Godwit sends of it (one inside it, or between its last token
     * and its {@code ;}: only those before it and after its {@code ;} are left out, a CREATE's text being stored as written) holding a
     * {@code ;} outside quotes or a quote it leaves open ({@link #readAsSql}), which D1's {@code /query} splitter was reported to read as SQL (workers-sdk#3892 and #4767: a
     * {@code ;} cuts the request there; #4713: a quote opens a string that runs over the statements after it), on D1 only. Not
     * confirmed on today's D1, so a warning, with the way out; null when the statement holds no such comment.
     */
    public static String commentReadAsSql(String statement) {
        for (Token t : SqlLexer.tokenize(clean(statement))) {
            if (!t.isComment()) continue;
            String held = readAsSql(t.text());
            if (held == null) continue;
            String shown = t.text().lines().findFirst().orElse("").strip();
            if (shown.length() > 80) shown = shown.substring(0, 77) + "...";
            return "a comment inside the statement holds " + held + " (" + shown + "): D1's /query splitter was reported to read comments"
                    + " as SQL (workers-sdk#3892, #4767: a ; cuts the request there, \"SQL code did not contain a statement\" or \"incomplete"
                    + " input\"; #4713: a quote opens a string that runs over the statements after it), where SQLite, and so a local apply,"
                    + " skips them. Godwit leaves out the comments before a statement and after its ;, not one inside it (a CREATE's text is"
                    + " stored as written). Move the comment above the statement, or drop the " + (held.equals(";") ? "semicolon" : "quote")
                    + " from it";
        }
        return null;
    }

    /**
     * What a comment's text does to a splitter that reads it as SQL: {@code ";"} where a {@code ;} stands outside quotes (it cuts
     * there), the quote left open at its end (its string runs over the statements after it), else null: quotes that close within
     * the comment ({@code -- 'publish', 'archive'}, {@code /* the "display" name *}{@code /}) leave the splitter where it was, and
     * were a warning each (SonicJS's wrangler folder had eight).
     */
    static String readAsSql(String comment) {
        char open = 0;
        for (int i = 0; i < comment.length(); i++) {
            char c = comment.charAt(i);
            if (open != 0) {
                if (c == open) open = 0;
            } else if (c == '\'' || c == '"') {
                open = c;
            } else if (c == ';') {
                return ";";
            }
        }
        return open == 0 ? null : String.valueOf(open);
    }

    /**
     * What D1's "statement too long" means for a request of {@code cleaned} statements ({@link #clean}ed, none empty), where there are
     * several and none is over D1's 100,000 bytes: the request's length ({@link dev.godwit.engine.db.D1Limits#requestTooLong}), no
     * statement to blame; null for any other answer.
     */
    public static String requestTooLong(List<String> cleaned, String databaseMessage) {
        if (cleaned.size() < 2 || !dev.godwit.engine.db.D1Limits.statementTooLong(databaseMessage)) return null;
        long longest = cleaned.stream().mapToLong(c -> c.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).max().orElse(0);
        if (longest > dev.godwit.engine.db.Capabilities.D1.maxStatementBytes()) return null;
        long request = String.join(SEPARATOR, cleaned).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return dev.godwit.engine.db.D1Limits.requestTooLong(cleaned.size(), longest, request);
    }

    /** The cleaned, non-empty statements joined with {@value #SEPARATOR}-style separators (no trailing one). */
    public static String join(List<String> statements) {
        List<String> parts = new ArrayList<>();
        for (String s : statements) {
            String c = clean(s);
            if (!c.isEmpty()) parts.add(c);
        }
        return String.join(SEPARATOR, parts);
    }

    /** The bytes of the one {@code /query} request that sends the statements as one transaction (a migration's). */
    public static long requestBytes(List<String> statements) {
        return D1Client.requestBytes(join(statements));
    }

    /**
     * A bound {@link #requestBytes} never exceeds, from the statements' lengths alone: cleaning adds at most a line break to a
     * statement, joining 2 characters between two, JSON's longest escape (a control character as a backslash, {@code u} and 4
     * hex digits) is 6 bytes for one character (UTF-8 takes at most 3), and {@code {"sql":""}} is 10. Under a limit, the exact
     * count (every statement lexed and cleaned, the body written) is not needed.
     */
    public static long requestBytesAtMost(List<String> statements) {
        long chars = 0;
        for (String s : statements) chars += (s == null ? 0 : s.length()) + 3;
        return 10 + 6 * chars;
    }

    private record Scan(String text, boolean hasCode, int lastCode, boolean endsInLineComment, boolean endsInOpenBlockComment) {
    }

    /**
     * Normalises CRLF outside quotes (comments included) and finds the last character of code
     * outside comments, on the tokens of {@link SqlLexer}.
     */
    private static Scan scan(String in) {
        StringBuilder out = new StringBuilder(in.length());
        StringBuilder trivia = new StringBuilder();
        boolean hasCode = false;
        int lastCode = -1;
        boolean lineComment = false;
        boolean openBlockComment = false;
        for (Token t : SqlLexer.tokenize(in)) {
            if (t.isTrivia()) {
                trivia.append(t.text());
            } else {
                out.append(trivia.toString().replace("\r\n", "\n")).append(t.text());
                trivia.setLength(0);
                hasCode = true;
                lastCode = out.length() - 1;
            }
            lineComment = t.kind() == Kind.LINE_COMMENT;
            openBlockComment = t.kind() == Kind.BLOCK_COMMENT && !t.isTerminated();
        }
        out.append(trivia.toString().replace("\r\n", "\n"));
        return new Scan(out.toString(), hasCode, lastCode, lineComment, openBlockComment);
    }
}
