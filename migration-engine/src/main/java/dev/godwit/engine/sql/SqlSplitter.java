package dev.godwit.engine.sql;

import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits SQL text into complete statements on the tokens of {@link SqlLexer}, where SQLite's own
 * {@code sqlite3_complete()} says a statement ends: at a {@code ;} outside quotes and comments, except
 * inside {@code CREATE [TEMP] TRIGGER}, which ends only at {@code ; END ;} (a body's statements end in
 * {@code ;}, and none starts with END). Counting BEGIN/CASE against END instead took a column named
 * {@code begin} or {@code end} ({@code NEW.begin}) for a keyword and ran the trigger on into the next
 * statements, which sqlite-jdbc then silently did not run.
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
        for (List<String> chunk : chunks(fileText)) out.addAll(chunk);
        return out;
    }

    /** The statements of each chunk between breakpoints, in order ({@link #splitMigration} is them all in one list). */
    public static List<List<String>> chunks(String fileText) {
        List<List<String>> out = new ArrayList<>();
        for (String chunk : fileText.split(Pattern.quote(SqlLexer.BREAKPOINT), -1)) out.add(split(chunk));
        return out;
    }

    /** Complete statements of the text, trimmed, with their terminating semicolon; comment-only parts dropped. */
    public static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int state = START;
        for (Token t : SqlLexer.tokenize(sql)) {
            if (t.isTrivia()) continue;
            state = TRANSITIONS[state][tokenClass(t)];
            if (state == START) {   // only a semicolon leads to START
                add(out, sql.substring(start, t.end()));
                start = t.end();
            }
        }
        if (start < sql.length()) add(out, sql.substring(start));
        return out;
    }

    private static final int START = 1;

    /**
     * Whether the text ends inside the body of a {@code CREATE TRIGGER} (after its {@code BEGIN}, before the {@code END} that closes
     * it): what sqlite3_complete() reads as unfinished, SQLite refusing it as "incomplete input". A trigger's text ending in
     * {@code END} without the {@code ;} is finished.
     */
    public static boolean endsInsideATrigger(String sql) {
        int state = START;
        for (Token t : SqlLexer.tokenize(sql)) {
            if (!t.isTrivia()) state = TRANSITIONS[state][tokenClass(t)];
        }
        return state == 5 || state == 6;
    }

    /**
     * sqlite3_complete()'s state machine, as in SQLite's src/complete.c. States: 0 invalid, 1 start, 2 normal, 3 explain,
     * 4 create, 5 trigger, 6 semicolon in a trigger, 7 END after it. Token classes (columns): ; other EXPLAIN CREATE
     * TEMP TRIGGER END (whitespace and comments change nothing, so they are skipped).
     */
    private static final int[][] TRANSITIONS = {
            /* 0 invalid */ {1, 2, 3, 4, 2, 2, 2},
            /* 1 start   */ {1, 2, 3, 4, 2, 2, 2},
            /* 2 normal  */ {1, 2, 2, 2, 2, 2, 2},
            /* 3 explain */ {1, 3, 2, 4, 2, 2, 2},
            /* 4 create  */ {1, 2, 2, 2, 4, 5, 2},
            /* 5 trigger */ {6, 5, 5, 5, 5, 5, 5},
            /* 6 semi    */ {6, 5, 5, 5, 5, 5, 7},
            /* 7 end     */ {1, 5, 5, 5, 5, 5, 5},
    };

    /** The column of {@link #TRANSITIONS} for a significant token: only bare words are keywords. */
    private static int tokenClass(Token t) {
        if (t.isPunct(";")) return 0;
        if (t.kind() != Kind.WORD) return 1;
        return switch (t.upper()) {
            case "EXPLAIN" -> 2;
            case "CREATE" -> 3;
            case "TEMP", "TEMPORARY" -> 4;
            case "TRIGGER" -> 5;
            case "END" -> 6;
            default -> 1;
        };
    }

    private static void add(List<String> out, String stmt) {
        String t = strip(stmt);
        if (!isCommentOnly(t)) out.add(t);
    }

    /** Without the whitespace (a byte order mark included) at either end. */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && SqlLexer.isSpace(s.charAt(from))) from++;
        while (to > from && SqlLexer.isSpace(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    /** True when the text has nothing but whitespace, comments and semicolons. */
    public static boolean isCommentOnly(String sql) {
        for (Token t = SqlLexer.firstSignificant(sql, 0); t != null; t = SqlLexer.firstSignificant(sql, t.end())) {
            if (!t.isPunct(";")) return false;
        }
        return true;
    }
}
