package dev.godwit.engine.migrate;

import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.StatementKind;
import java.util.List;

/**
 * Statements no migration may hold, whoever wrote it, checked before anything runs (apply, dry run, pre-flight, fleet,
 * db:verify's replay): transaction statements, which would end or split the transaction a migration runs in,
 * ATTACH / DETACH, which reach another database file, and sqlite-jdbc's {@code backup to} / {@code restore from}, which it
 * runs as file copies instead of SQL. D1 refuses all of them.
 */
public final class StatementRules {

    private StatementRules() {
    }

    /** What is wrong with statement {@code i} (0-based) of {@code m}, with the way out; null when nothing is. */
    public static String problem(Migration m, int i) {
        String s = m.statements().get(i);
        String keyword = StatementKind.firstKeyword(s);
        String at = at(m, i) + " is " + keyword;
        if (!m.readAsWrangler() && i + 1 < m.statements().size() && dev.godwit.engine.sql.SqlSplitter.endsInsideATrigger(s)) {
            // drizzle's layout: a marker inside BEGIN ... END cut the trigger; the rest of its body, END; among it, follows as statements
            return at(m, i) + " is a CREATE TRIGGER cut inside its body, before its END:\n    " + shown(s) + "\n  A "
                    + dev.godwit.engine.sql.SqlLexer.BREAKPOINT + " between its BEGIN and its END cut it there: drizzle's migrators cut the"
                    + " file at each one and run the parts apart, so SQLite refuses this part (incomplete input) and the rest of the body"
                    + " would run as statements of their own (its END; as a transaction statement). Remove the markers inside the trigger's"
                    + " body and keep the one after its END;.";
        }
        if (StatementKind.isTransactionControl(s)) {
            String out = at + ", a transaction statement:\n    " + shown(s) + "\n  Remove it: each migration already runs in its own transaction with its"
                    + " history row (as on D1, which refuses transaction statements).";
            if (dev.godwit.engine.sql.ForeignKeysPragma.asksOff(m.statements())) {
                // COMMIT; PRAGMA foreign_keys=OFF; BEGIN; ... : the known way out of drizzle-orm's transaction (homarr's migrations)
                out += " This migration also switches foreign keys off, which a PRAGMA inside a transaction cannot do: removing only its"
                        + " transaction statements runs it with foreign keys on, where a DROP TABLE of a parent fires its children's ON DELETE"
                        + " actions (the pre-flight names the rows that would go). For a plain SQLite file, remove them all and apply with"
                        + " -Ddb.local.foreignKeysOff, which switches foreign keys off around this migration's transaction and checks them"
                        + " before it commits; D1 cannot switch them off.";
            }
            return out;
        }
        if (keyword.equals("ATTACH") || keyword.equals("DETACH")) {
            return at + ", which reaches another database file:\n    " + shown(s) + "\n  Remove it: D1 refuses " + keyword + ", and run locally it"
                    + " would reach real files even from the pre-flight's copy, a dry run or db:verify's replay.";
        }
        if (endsInsideAnOpenQuote(s)) {
            return at(m, i) + " ends inside a quoted string or name that is not closed:\n    " + shown(s) + "\n  SQLite refuses it (unrecognized"
                    + " token), and in D1's one request, where the statements are joined, the quote would run on into the statement after it."
                    + " If a " + dev.godwit.engine.sql.SqlLexer.BREAKPOINT + " inside the quotes cut it (drizzle's migrators cut the file at each"
                    + " one, quoted or not), write that text as '--' || '> statement-breakpoint'; else close the quote.";
        }
        String libsqlTable = libsqlAlterColumn(s);
        if (libsqlTable != null) {
            String n = "__new_" + libsqlTable;
            return at(m, i) + " is ALTER TABLE ... ALTER COLUMN, libSQL's syntax (Turso's; drizzle-kit writes it for dialect \"turso\"), which"
                    + " neither SQLite nor D1 has (they refuse it as a syntax error):\n    " + shown(s) + "\n  SQLite changes a column only by"
                    + " rebuilding its table. Write the change for SQLite: remove this migration while it is pending (mvn db:drop removes the"
                    + " latest) and let mvn db:generate write it again, as a rebuild of " + libsqlTable + "; or write the rebuild by hand:"
                    + " CREATE TABLE " + n + " with the new column, INSERT INTO " + n + " SELECT the rows from " + libsqlTable + ", DROP TABLE "
                    + libsqlTable + ", ALTER TABLE " + n + " RENAME TO " + libsqlTable + ".";
        }
        if (keyword.equals("BACKUP") || keyword.equals("RESTORE")) {
            return at + ", which is not SQL:\n    " + shown(s) + "\n  Remove it: sqlite-jdbc, which runs local migrations, takes a statement"
                    + " starting with 'backup to' or 'restore from' as a command to copy a database file (a restore replaces the whole database),"
                    + " and SQLite and D1 refuse it as a syntax error.";
        }
        return null;
    }

    /**
     * The table of libSQL's {@code ALTER TABLE [schema.]t ALTER [COLUMN] c TO c ...} (drizzle-kit's turso dialect), which SQLite
     * lacks; null for any other statement.
     */
    static String libsqlAlterColumn(String statement) {
        return dev.godwit.engine.sql.D1Rules.libsqlAlterColumn(SqlLexer.significant(statement));
    }

    /** Whether the statement's last token is a string, quoted name or blob left open (it runs to the end of the text). */
    static boolean endsInsideAnOpenQuote(String statement) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(statement);
        if (tokens.isEmpty()) return false;
        SqlLexer.Token last = tokens.get(tokens.size() - 1);
        return last.isQuoted() && !last.isTerminated();
    }

    /** A line of an open comment that starts a statement: the last one of a file needs no {@code ;}. */
    private static final java.util.regex.Pattern SWALLOWED_STATEMENT = java.util.regex.Pattern.compile(
            "(?im)^\\s*(CREATE|INSERT|UPDATE|DELETE|ALTER|DROP|REPLACE|WITH)\\s");

    /**
     * In wrangler's layout, where the file is read as SQLite reads it: a block comment left open at the end of the file over what
     * reads as statements (a {@code ;}, a line starting one), inside the last statement or after it. Null when there is none.
     */
    public static String openCommentAtEnd(Migration m) {
        if (!m.readAsWrangler()) return null;
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(m.sql());
        if (tokens.isEmpty()) return null;
        SqlLexer.Token last = tokens.get(tokens.size() - 1);
        if (last.kind() != SqlLexer.Kind.BLOCK_COMMENT || last.isTerminated()
                || last.text().indexOf(';') < 0 && !SWALLOWED_STATEMENT.matcher(last.text()).find()) return null;
        int line = 1;
        for (int k = 0; k < last.start(); k++) if (m.sql().charAt(k) == '\n') line++;
        String firstLines = String.join("\n", last.text().lines().limit(3).toList());
        return "Migration " + m.file().getFileName() + " ends inside a block comment that is not closed, opened at line " + line + ":\n    "
                + firstLines.replace("\n", "\n    ") + "\n  SQLite, and so wrangler, reads the rest of the file as that comment: the statements"
                + " in it never run (D1 would take wrangler's d1_migrations row after the file into the comment too, and record nothing)."
                + " Close the comment with */ where it should end.";
    }

    /**
     * Whether the SQL is one {@code /* ... *}{@code /} comment with SQL inside, under {@code --} lines at most: drizzle-kit's
     * {@code pull} writes the schema it read so, as the project's first migration, asking to uncomment it "before executing
     * migrations". Split at its {@code --> statement-breakpoint} lines (inside the comment), the pieces are a comment's start, bare
     * statements and a stray {@code *}{@code /}.
     */
    public static boolean commentedOut(String sql) {
        String rest = sql.strip();
        while (rest.startsWith("--")) {
            int eol = rest.indexOf('\n');
            rest = eol < 0 ? "" : rest.substring(eol + 1).strip();
        }
        if (!rest.startsWith("/*") || !rest.endsWith("*/") || rest.length() < 4) return false;
        String inside = rest.substring(2, rest.length() - 2);
        return !inside.contains("*/") && !inside.isBlank();
    }

    /**
     * Where the pending migration is drizzle-kit pull's commented-out schema ({@link #commentedOut}): what it is and the way on,
     * else null. Split at its breakpoints, its pieces ran and failed on a table the comment hid ("no such table: main.users") or on
     * the stray end of the comment, and the messages spoke of markers and statements.
     */
    public static String pulledBaseline(Migration m) {
        if (!commentedOut(m.sql())) return null;
        // pull writes the folder's first migration: a later one inside one comment is a migration commented out by hand (to keep it
        // from running), which this said was drizzle-kit pull's schema, to be recorded with db:baseline
        if (m.entry() != null && m.entry().idx() > 0) return commentedOutByHand(m.fileName(), m.shownFile());
        return "Migration " + m.fileName() + " is the schema drizzle-kit pull read from a database, left inside a /* ... */ comment so that"
                + " it runs on no database (drizzle-kit: \"please uncomment this code before executing migrations\"; drizzle-orm's migrate()"
                + " fails on it as it is). Delete the comment's /* and */ lines in " + m.shownFile() + " (the -- lines above them may stay), so"
                + " that it creates the tables on a new database; on the database it was pulled from, which has them already, record it as"
                + " applied with mvn db:baseline -Ddb.baseline=" + m.tag() + " instead of applying it.";
    }

    /**
     * Why a migration that is not the folder's first, all of it inside one {@code /* ... *}{@code /} comment, is not applied: no
     * statement of it runs on any database, and recorded as applied it would be locked so.
     */
    public static String commentedOutByHand(String fileName, String shownFile) {
        return "Migration " + fileName + " is all inside one /* ... */ comment, so no statement of it runs on any database (commented out by"
                + " hand?), and applied it would be recorded as run and locked so. To apply it, delete the comment's /* and */ lines in "
                + shownFile + "; if it must not run, remove it while it is pending (mvn db:drop removes the latest migration).";
    }

    /** How messages name a statement: {@code Migration 0002_x.sql, statement 3 of 5}. */
    public static String at(Migration m, int i) {
        return "Migration " + m.file().getFileName() + ", statement " + (i + 1) + " of " + m.statements().size();
    }

    /** The first problem of the migration's statements, or null. */
    public static String firstProblem(Migration m) {
        String open = openCommentAtEnd(m);
        if (open != null) return open;
        for (int i = 0; i < m.statements().size(); i++) {
            String p = problem(m, i);
            if (p != null) return p;
        }
        return null;
    }

    /**
     * Statement {@code i} of {@code m} as D1 would refuse it ({@link dev.godwit.engine.sql.D1Rules}): where, the statement and
     * why; null when D1 takes it.
     */
    public static String d1Problem(Migration m, int i) {
        return d1Problem(m, i, name -> false);
    }

    /** As {@link #d1Problem(Migration, int)}, knowing the user's tables ({@link dev.godwit.engine.sql.D1Rules#problem(String, java.util.function.Predicate)}). */
    public static String d1Problem(Migration m, int i, java.util.function.Predicate<String> userTable) {
        String why = dev.godwit.engine.sql.D1Rules.problem(m.statements().get(i), userTable);
        return why == null ? null : at(m, i) + ":\n    " + shown(m.statements().get(i)) + "\n  " + why;
    }

    /**
     * Why the migration cannot go to D1 as the one request Godwit sends it in (its transaction over {@code maxBytes} as a request
     * body), with the way out; null when it fits. Checked before anything is applied, so a run does not stop halfway on it.
     */
    public static String requestProblem(Migration m, HistoryTable history, long maxBytes) {
        return requestProblem(m, history, maxBytes, false);
    }

    /** As {@link #requestProblem(Migration, HistoryTable, long)}; {@code createsTable}: its request also creates the history table (the database's first). */
    public static String requestProblem(Migration m, HistoryTable history, long maxBytes, boolean createsTable) {
        return requestProblem(m, new RequestSize(m, history, createsTable), maxBytes, createsTable);
    }

    static String requestProblem(Migration m, RequestSize request, long maxBytes, boolean createsTable) {
        long bytes = request.over(maxBytes);
        if (bytes < 0) return null;
        return "Migration " + m.fileName() + " would be a D1 request of " + bytes + " bytes (its " + m.statements().size() + " statement(s)"
                + (createsTable ? ", its history row and the history table's creation, as the database's first" : " and its history row")
                + "); Godwit sends each migration as one request, at most " + maxBytes + " bytes, since D1 runs a request as"
                + " one transaction and gives it 30 seconds. Split the migration into smaller ones, or load large data with"
                + " `wrangler d1 execute --remote --file` (D1's import API).";
    }

    /**
     * A warning where the migration's request is over D1's 100,000 bytes in all though none of its statements is: whether D1
     * holds a whole /query to that limit is not known (README, D1 specifics; workers-sdk#6347), so it is sent, and said; null
     * otherwise.
     */
    static String overD1LengthInAll(Migration m, RequestSize request) {
        // D1's limit on one statement (workerd's SQLITE_LIMIT_SQL_LENGTH), held here to the whole request
        long limit = Capabilities.D1.maxStatementBytes();
        long bytes = request.over(limit);
        if (bytes < 0) return null;
        String shownLimit = String.format(java.util.Locale.ROOT, "%,d", limit);
        return "Migration " + m.fileName() + " is a D1 request of " + bytes + " bytes in all, over the " + shownLimit + " bytes D1 allows a"
                + " statement, though none of its statements is: whether D1 also holds a whole request to that is not known"
                + " (workers-sdk#6347), so it is sent. If D1 answers \"statement too long\", nothing of it is applied: split it into"
                + " migrations under " + shownLimit + " bytes each (mvn db:generate -Ddb.custom for the data).";
    }

    /**
     * The D1 request {@code m} is sent in (its transaction; a migration after another in the run is led by the check that the one
     * before is still recorded, counted here with this migration's own name in it, a few bytes off that one's). Its exact size is
     * counted once, and only where {@link dev.godwit.engine.d1.D1Sql#requestBytesAtMost} does not settle a limit: db:apply holds a
     * migration to two limits, and counting lexes and writes the whole request.
     */
    static final class RequestSize {
        private final java.util.List<String> request;
        private long exact = -1;

        RequestSize(Migration m, HistoryTable history, boolean createsTable) {
            request = history.transactionAfter(createsTable ? null : m, m, createsTable);
        }

        /** The request's bytes where over {@code limit}, else -1. */
        long over(long limit) {
            if (dev.godwit.engine.d1.D1Sql.requestBytesAtMost(request) <= limit) return -1;   // most migrations: no need to count exactly
            if (exact < 0) exact = dev.godwit.engine.d1.D1Sql.requestBytes(request);
            return exact <= limit ? -1 : exact;
        }
    }

    /**
     * A statement as messages quote it: from its first token of SQL (comments before it left out: in wrangler's layout the marker
     * or note ending the statement before leads it), stripped, its lines indented under the line that names it.
     */
    public static String shown(String statement) {
        int from = 0;
        for (SqlLexer.Token t : SqlLexer.tokenize(statement)) {
            if (!t.isTrivia()) {
                from = t.start();
                break;
            }
        }
        String code = statement.substring(from).strip();
        // a data migration's INSERT may run to thousands of lines: the file holds it whole, the message its head
        String[] lines = code.split("\n", -1);
        if (lines.length > SHOWN_LINES) {
            code = String.join("\n", java.util.Arrays.asList(lines).subList(0, SHOWN_LINES - 5)) + "\n… (" + (lines.length - SHOWN_LINES + 5)
                    + " more lines)";
        }
        if (code.length() > SHOWN_CHARS) code = code.substring(0, SHOWN_CHARS - 1000) + "… (" + (code.length() - SHOWN_CHARS + 1000) + " more characters)";
        return code.replace("\n", "\n    ");
    }

    /** How much of a statement a message quotes at most. */
    private static final int SHOWN_LINES = 30;
    private static final int SHOWN_CHARS = 4000;
}
