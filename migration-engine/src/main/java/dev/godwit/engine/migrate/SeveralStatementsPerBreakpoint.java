package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A drizzle-layout migration holding several statements between two {@code --> statement-breakpoint} markers (a custom one
 * written without them, a drizzle-kit folder with {@code breakpoints: false}): Godwit runs each statement, but drizzle-orm's
 * migrate() sends each part between markers as one statement, which better-sqlite3 and D1 refuse and sql.js or libsql run only
 * the first of. An application applying the folder with drizzle-orm would then fail, or record the migration half run.
 */
final class SeveralStatementsPerBreakpoint {

    private SeveralStatementsPerBreakpoint() {
    }

    static Optional<String> warning(Migration m) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        for (List<String> statements : SqlSplitter.chunks(m.sql())) {
            if (statements.size() > 1) {
                parts.add("statements " + (at + 1) + " to " + (at + statements.size()) + " (" + firstWords(statements.get(0)) + " ... "
                        + firstWords(statements.get(statements.size() - 1)) + ")");
            }
            at += statements.size();
        }
        if (parts.isEmpty()) return Optional.empty();
        return Optional.of(m.fileName() + " holds several statements with no " + SqlLexer.BREAKPOINT + " between them: " + String.join(", ", parts)
                + ". Godwit runs each, but drizzle-orm's migrate() sends the text between two markers as one statement, which"
                + " better-sqlite3 and D1 refuse and sql.js or libsql run only the first of: if an application also applies this folder"
                + " with drizzle-orm, put the marker on a line of its own after each statement (as drizzle-kit writes them) before it is"
                + " applied anywhere.");
    }

    /**
     * A drizzle-layout migration with a part between (or before, or after) its markers that holds no statement: a file ending in
     * {@code --> statement-breakpoint}, two markers in a row. Godwit skips it; drizzle-orm's migrate() sends it as a statement,
     * which better-sqlite3 refuses ("The supplied SQL string contains no statements"), so the application's migrate() fails there.
     * A file with no statement at all is refused elsewhere.
     */
    static Optional<String> blankParts(Migration m) {
        List<List<String>> chunks = SqlSplitter.chunks(m.sql());
        if (chunks.size() < 2 || chunks.stream().allMatch(List::isEmpty)) return Optional.empty();
        List<String> parts = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).isEmpty()) {
                parts.add(i == 0 ? "before statement 1" : i == chunks.size() - 1 ? "after the last statement" : "after statement " + at);
            }
            at += chunks.get(i).size();
        }
        if (parts.isEmpty()) return Optional.empty();
        return Optional.of(m.fileName() + " has " + (parts.size() == 1 ? "a part" : parts.size() + " parts") + " between "
                + SqlLexer.BREAKPOINT + " markers holding no statement (" + String.join(", ", parts) + "). Godwit skips "
                + (parts.size() == 1 ? "it" : "them") + ", but drizzle-orm's migrate() sends each part as a statement, which better-sqlite3"
                + " refuses (The supplied SQL string contains no statements): if an application also applies this folder with"
                + " drizzle-orm, remove the marker that leaves a part empty before it is applied anywhere.");
    }

    private static String firstWords(String statement) {
        String code = StatementRules.shown(statement).replaceAll("\\s+", " ");
        return code.length() > 40 ? code.substring(0, 40) + "…" : code;
    }
}
