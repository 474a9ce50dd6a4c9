package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A drizzle-layout migration holding several statements between two {@code --> statement-breakpoint} markers (a custom one
 * written without them, a drizzle-kit folder with {@code breakpoints: false}): Godwit runs each statement, but drizzle-orm's
 * migrate() sends each part between markers as one statement, which better-sqlite3 and D1 refuse and sql.js or libsql run only
 * the first of. An application applying the folder with drizzle-orm would then fail, or record the migration half run.
 */
public final class SeveralStatementsPerBreakpoint {

    private SeveralStatementsPerBreakpoint() {
    }

    /**
     * db:apply's warnings for a pending migration: several statements in a part, then parts holding none ({@link #emptyParts}),
     * the file split once for both.
     */
    static List<String> pending(Migration m) {
        List<List<String>> chunks = m.chunks();
        List<String> out = new ArrayList<>();
        several(chunks).map(parts -> m.fileName() + " holds several statements with no " + SqlLexer.BREAKPOINT + " between them: " + parts
                + ". Godwit runs each, but " + SENT_AS_ONE + ": if an application also applies this folder"
                + " with drizzle-orm, put the marker on a line of its own after each statement (as drizzle-kit writes them) before it is"
                + " applied anywhere.").ifPresent(out::add);
        emptyParts(chunks).map(parts -> m.fileName() + " has " + parts.described() + ". Godwit skips " + parts.itOrThem() + ", but "
                + SENT_EMPTY + ": if an application also applies this folder with drizzle-orm, remove the marker that leaves a part empty"
                + " before it is applied anywhere.").ifPresent(out::add);
        return out;
    }

    /**
     * db:verify's warnings for a migration of the folder ({@code file}: its path as shown), which may be applied everywhere already:
     * drizzle-orm's migrate() sends a migration only where it is pending, so only there is it a problem. Several statements in a
     * part, then parts holding none ({@link #emptyParts}), as {@link #pending} says them for db:apply.
     */
    public static List<String> inFolder(Migration m, String file) {
        List<List<String>> chunks = m.chunks();
        List<String> out = new ArrayList<>();
        several(chunks).map(parts -> file + " holds several statements with no " + SqlLexer.BREAKPOINT + " between them: " + parts
                + ". Godwit runs each, but " + SENT_AS_ONE + ". It matters only where an application applies this folder with"
                + " drizzle-orm and the migration is still pending there: put the marker on a line of its own after each statement (as"
                + " drizzle-kit writes them) before it is applied there; one every such database has applied is not sent again, leave it")
                .ifPresent(out::add);
        emptyParts(chunks).map(parts -> file + " has " + parts.described() + ". Godwit skips " + parts.itOrThem() + ", but " + SENT_EMPTY
                + ". It matters only where an application applies this folder with drizzle-orm and the migration is still pending there:"
                + " remove the marker that leaves a part empty before it is applied there; one every such database has applied is not"
                + " sent again, leave it").ifPresent(out::add);
        return out;
    }

    private static final String SENT_AS_ONE = "drizzle-orm's migrate() sends the text between two markers as one statement, which"
            + " better-sqlite3 and D1 refuse and sql.js or libsql run only the first of";

    /**
     * The parts of a migration ({@code chunks}: its statements between markers) holding several statements ("statements 2 to 5
     * (INSERT ... CREATE ...)"), or empty.
     */
    private static Optional<String> several(List<List<String>> chunks) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        for (List<String> statements : chunks) {
            if (statements.size() > 1) {
                parts.add("statements " + (at + 1) + " to " + (at + statements.size()) + " (" + firstWords(statements.get(0)) + " ... "
                        + firstWords(statements.get(statements.size() - 1)) + ")");
            }
            at += statements.size();
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    private static final String SENT_EMPTY = "drizzle-orm's migrate() sends each part as a statement, which better-sqlite3 refuses (The"
            + " supplied SQL string contains no statements)";

    /** Where the parts holding no statement are ("after statement 2"), in order. */
    private record EmptyParts(List<String> where) {
        String described() {
            return (where.size() == 1 ? "a part" : where.size() + " parts") + " between " + SqlLexer.BREAKPOINT + " markers holding no"
                    + " statement (" + String.join(", ", where) + ")";
        }

        String itOrThem() {
            return where.size() == 1 ? "it" : "them";
        }
    }

    /**
     * A drizzle-layout migration with a part between (or before, or after) its markers that holds no statement: a file ending in
     * {@code --> statement-breakpoint}, two markers in a row. Godwit skips it; drizzle-orm's migrate() sends it as a statement,
     * which better-sqlite3 refuses ("The supplied SQL string contains no statements"), so the application's migrate() fails there.
     * A file with no statement at all is refused elsewhere. Where the parts holding none are, or empty.
     */
    private static Optional<EmptyParts> emptyParts(List<List<String>> chunks) {
        if (chunks.size() < 2 || chunks.stream().allMatch(List::isEmpty)) return Optional.empty();
        List<String> parts = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).isEmpty()) {
                parts.add(i == 0 ? "before statement 1" : i == chunks.size() - 1 ? "after the last statement" : "after statement " + at);
            }
            at += chunks.get(i).size();
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new EmptyParts(parts));
    }

    private static String firstWords(String statement) {
        String code = StatementRules.shown(statement).replaceAll("\\s+", " ");
        return code.length() > 40 ? code.substring(0, 40) + "…" : code;
    }
}
