package dev.godwit.engine.sql;

import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits SQL text into complete statements on the tokens of {@link SqlLexer}: a {@code ;} ends a
 * statement unless it stands in a quote, a comment or a {@code CREATE TRIGGER … BEGIN … END} body
 * (where {@code CASE … END} nests).
 */
public final class SqlSplitter {

    private SqlSplitter() {
    }

    /**
     * A migration file: chunks between breakpoints, each split further; empty and comment-only parts
     * dropped. The file is cut at every {@link SqlLexer#BREAKPOINT}, quoted or not, as drizzle-orm's
     * migrator and wrangler do; the planner never writes one inside a statement.
     */
    public static List<String> splitMigration(String fileText) {
        List<String> out = new ArrayList<>();
        for (String chunk : fileText.split(Pattern.quote(SqlLexer.BREAKPOINT), -1)) out.addAll(split(chunk));
        return out;
    }

    /** Complete statements of the text, trimmed, with their terminating semicolon; comment-only parts dropped. */
    public static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean inTrigger = false;
        int depthBeginEnd = 0;
        String prevWord = "";
        for (Token t : SqlLexer.tokenize(sql)) {
            if (t.kind() == Kind.WORD) {
                String w = t.upper();
                if (w.equals("TRIGGER") && (prevWord.equals("CREATE") || prevWord.equals("TEMP") || prevWord.equals("TEMPORARY"))) inTrigger = true;
                if (inTrigger && (w.equals("BEGIN") || w.equals("CASE"))) depthBeginEnd++;
                if (inTrigger && w.equals("END") && depthBeginEnd > 0) depthBeginEnd--;
                prevWord = w;
            } else if (t.isPunct(";") && !(inTrigger && depthBeginEnd > 0)) {
                add(out, sql.substring(start, t.end()));
                start = t.end();
                inTrigger = false;
                depthBeginEnd = 0;
                prevWord = "";
            }
        }
        if (start < sql.length()) add(out, sql.substring(start));
        return out;
    }

    private static void add(List<String> out, String stmt) {
        String t = stmt.strip();
        if (!isCommentOnly(t)) out.add(t);
    }

    /** True when the text has nothing but whitespace, comments and semicolons. */
    public static boolean isCommentOnly(String sql) {
        for (Token t : SqlLexer.tokenize(sql)) if (!t.isTrivia() && !t.isPunct(";")) return false;
        return true;
    }
}
