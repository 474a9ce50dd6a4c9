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

    private static String firstWords(String statement) {
        String code = StatementRules.shown(statement).replaceAll("\\s+", " ");
        return code.length() > 40 ? code.substring(0, 40) + "…" : code;
    }
}
