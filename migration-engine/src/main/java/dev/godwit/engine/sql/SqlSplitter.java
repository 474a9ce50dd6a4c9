package dev.godwit.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into complete statements, respecting quotes ({@code '…'}, {@code "…"},
 * {@code `…`}, {@code […]}), comments and {@code CREATE TRIGGER … BEGIN … END} bodies.
 */
public final class SqlSplitter {

    private static final String BREAKPOINT = "--> statement-breakpoint";

    private SqlSplitter() {
    }

    /** A migration file: chunks between breakpoints, each split further; empty and comment-only parts dropped. */
    public static List<String> splitMigration(String fileText) {
        List<String> out = new ArrayList<>();
        for (String chunk : fileText.split(java.util.regex.Pattern.quote(BREAKPOINT), -1)) out.addAll(split(chunk));
        return out;
    }

    /** Complete statements of the text, trimmed, with their terminating semicolon; comment-only parts dropped. */
    public static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = sql.length();
        boolean inTrigger = false;
        int depthBeginEnd = 0;
        String prevWord = "";
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c);
            } else if (c == '[') {
                int close = sql.indexOf(']', i + 1);
                i = close < 0 ? n : close + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
                String w = sql.substring(i, j).toUpperCase(Locale.ROOT);
                if (w.equals("TRIGGER") && (prevWord.equals("CREATE") || prevWord.equals("TEMP") || prevWord.equals("TEMPORARY"))) inTrigger = true;
                if (inTrigger && (w.equals("BEGIN") || w.equals("CASE"))) depthBeginEnd++;
                if (inTrigger && w.equals("END") && depthBeginEnd > 0) depthBeginEnd--;
                prevWord = w;
                i = j;
            } else if (c == ';' && !(inTrigger && depthBeginEnd > 0)) {
                add(out, sql.substring(start, i + 1));
                start = i + 1;
                inTrigger = false;
                depthBeginEnd = 0;
                prevWord = "";
                i++;
            } else {
                i++;
            }
        }
        if (start < n) add(out, sql.substring(start));
        return out;
    }

    private static int skipQuoted(String s, int i, char q) {
        int j = i + 1;
        while (j < s.length()) {
            if (s.charAt(j) == q) {
                if (j + 1 < s.length() && s.charAt(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return s.length();
    }

    private static void add(List<String> out, String stmt) {
        String t = stmt.strip();
        if (!isCommentOnly(t)) out.add(t);
    }

    /** True when the text has nothing but whitespace, comments and semicolons. */
    public static boolean isCommentOnly(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == ';') {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else {
                return false;
            }
        }
        return true;
    }
}
