package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.CallArguments;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SelectParts;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a pre-flight on synthesised rows cannot see: a filtered write (a hand-written cleanup or fix) whose condition none of
 * the synthesised rows meet does nothing on the replica, while on D1 it reaches the rows it was written for:
 * <ul>
 * <li>a {@code DELETE ... WHERE} removes them, and their {@code ON DELETE CASCADE / SET NULL / SET DEFAULT} children lose rows
 * or references;</li>
 * <li>an {@code UPDATE ... SET key = ... WHERE} that changes a key (primary key, UNIQUE column, a foreign key's parent key)
 * moves them: children referring to that key follow it, lose the reference or fail the apply, a UNIQUE value may collide;</li>
 * <li>an {@code UPDATE ... WHERE} of any column fires the table's (or view's) UPDATE triggers on those rows, and one that
 * deletes (a customer's orders, when his status says so) removes rows the replica never saw go;</li>
 * <li>an upsert's {@code ON CONFLICT ... DO UPDATE SET ...} that changes a key or fires such a trigger does either to the rows the
 * inserted ones conflict with ({@link Upsert}): a seed's {@code VALUES (2, …)} conflicts with D1's row 2, never with a generated
 * row, so the replica inserts a new row where D1 updates the real one;</li>
 * <li>an {@code INSERT} fires the table's INSERT triggers with the inserted values, and one whose {@code DELETE ... WHERE} picks
 * rows by them (a ban that ends the banned user's sessions, {@code WHERE user_id = NEW.user_id}) meets no synthesised row there
 * and the real ones on D1.</li>
 * <li>a REPLACE (its own, {@code INSERT OR REPLACE}, {@code UPDATE OR REPLACE}, or the {@code ON CONFLICT REPLACE} a key of the table
 * declares) deletes the rows holding, on a UNIQUE key, what an inserted or updated row comes to hold: a seed's values meet no
 * synthesised row.</li>
 * </ul>
 * The pre-flight then predicts nothing for that statement: its prediction for the migration is partial, and it says so.
 * Either may follow a {@code WITH} clause. The condition is tried where the statement runs, after the migration's earlier
 * statements, on the rows that were there before the migration: a row the migration inserted itself and deletes again
 * stands for none of the database's rows the same condition meets.
 */
final class UnseenFilteredWrite {

    /**
     * Statement {@code index} ({@code code}: from its first character of code): a filtered DELETE ({@code keys} and
     * {@code triggers} empty) or an UPDATE of {@code keys} or firing {@code triggers} that delete, and the query counting its rows
     * ({@code counted}; {@code when}: the WHEN of the INSERT trigger whose DELETE it is). {@code lead} opens its line: what of the
     * statement meets no synthesised row ("its DO UPDATE ", "fires trigger "x", whose DELETE "), or nothing for the statement itself.
     */
    private record Write(int index, String code, String table, List<String> keys, List<String> triggers, String with, String target,
                         String condition, Counted counted, String when, String lead) {
        /** The query shown: what the statement matches on the database. */
        String query() {
            return counting(condition);
        }

        /** The same, counting only the rows whose {@code rowid} is in {@code snapshot} (there before the migration); all when null. */
        String queryAmong(String rowid, String snapshot) {
            if (snapshot == null || counted == Counted.QUERY) return query();
            return counting(rowid + " IN (SELECT rid FROM temp." + snapshot + ") AND (" + condition + ")");
        }

        private String counting(String where) {
            return switch (counted) {
                case ROWS, UNREAD -> with + "SELECT count(*) FROM " + target + " WHERE " + where;
                case CONFLICTING -> with + "SELECT count(*) FROM excluded WHERE EXISTS (SELECT 1 FROM " + target + " WHERE " + where + ")";
                case PER_INSERTED_ROW -> with + "SELECT coalesce(sum((SELECT count(*) FROM " + target + " WHERE " + where + ")), 0) FROM new"
                        + (when == null ? "" : " WHERE " + when);
                case QUERY -> with + condition;
            };
        }
    }

    /** What a write's query counts. */
    private enum Counted {
        /** The rows of its table its condition meets (a filtered DELETE or UPDATE). */
        ROWS,
        /** The inserted rows ({@code excluded}) a row of the table meeting the condition conflicts with (an upsert's DO UPDATE). */
        CONFLICTING,
        /** For each inserted row ({@code new}) that meets a trigger's WHEN, the rows of a table its DELETE meets (an INSERT's trigger). */
        PER_INSERTED_ROW,
        /** What its {@code condition}, a whole SELECT after {@code with}, counts (the rows an UPDATE's REPLACE deletes). */
        QUERY,
        /**
         * The rows of its table its condition meets, that an UPDATE's REPLACE moves onto values not read here (a row value from a
         * subquery): which rows it deletes is not predicted, on the synthesised rows or by a query; always said.
         */
        UNREAD
    }

    /** The end of the advice, as the apply treats what the queries count: deleted, keys changed, triggers fired (also by a rebuild's move). */
    static String whatTheApplyDoes(List<String> lines) {
        // a UNIQUE index over keys rows share (UnseenDuplicateKeys): nothing deleted, the migration fails there
        List<String> failing = lines.stream().filter(l -> l.contains(UnseenDuplicateKeys.MARK)).toList();
        if (!failing.isEmpty()) {
            boolean copies = failing.stream().anyMatch(l -> l.contains("\n    " + UnseenDuplicateKeys.COPIES));
            boolean indexes = failing.stream().anyMatch(l -> !l.contains("\n    " + UnseenDuplicateKeys.COPIES));
            String fails = "the apply fails at " + (copies && indexes ? "the first of those statements" : copies ? "the copy" : "the CREATE UNIQUE INDEX")
                    + ", the migration rolled back and those after it not applied: resolve the duplicates first";
            return failing.size() == lines.size() ? fails : whatTheApplyDoes(lines.stream().filter(l -> !failing.contains(l)).toList())
                    + " (for a UNIQUE key, " + fails + ")";
        }
        // texts a copy into a numeric column stores as numbers (UnseenConversions): said apart, nothing deleted there
        List<String> converting = lines.stream().filter(l -> l.contains(UnseenConversions.MARK)).toList();
        if (!converting.isEmpty()) {
            String rewrites = "the apply stores that many texts as numbers that read back different ('007' as 7), the texts they held gone";
            return converting.size() == lines.size() ? rewrites : whatTheApplyDoes(lines.stream().filter(l -> !converting.contains(l)).toList())
                    + " (for a text copied into a numeric column, " + rewrites + ")";
        }
        boolean nulls = lines.stream().anyMatch(l -> l.contains(NULLS));
        boolean resets = lines.stream().anyMatch(l -> l.contains(RESETS));
        // only values an UPDATE empties (a subquery finding no row, a CASE without ELSE) or a REPLACE resets: nothing deleted there
        if (!lines.isEmpty() && lines.stream().allMatch(l -> l.contains(NULLS) || l.contains(RESETS))) {
            return nulls && resets ? "the apply sets that many values to NULL (for an UPDATE) or to the column's default (for a REPLACE), the values they held gone"
                    : nulls ? NULLED : RESET;
        }
        String nulled = nulls ? " (for an UPDATE that gives NULL, " + NULLED + ")" : "";
        String reset = resets ? " (for a column a REPLACE leaves out, " + RESET + ")" : "";
        return deletes(lines) + nulled + reset;
    }

    private static final String NULLED = "the apply sets that many values to NULL, the values they held gone";

    private static final String RESET = "the apply sets that many values to the column's default, the values they held gone";

    /** How a line says a REPLACE resets values the synthesised rows cannot tell ({@link #defaulted}). */
    private static final String RESETS = "which it sets to the column's default (NULL where it declares none) in each row it replaces";

    /**
     * One line per REPLACE ({@code REPLACE INTO}, {@code INSERT OR REPLACE}) of {@code m} into a table holding rows in {@code r} whose
     * column list leaves out columns: each row it replaces is deleted and inserted again holding the column's default (none, NULL;
     * one read afresh, {@code CURRENT_TIMESTAMP}, resets a stored time as a literal one resets a note). On a local file's real rows those values
     * are counted and refused ({@link LossRules}, {@code DEFAULTED_BY_REPLACE}); a seed's keys meet no synthesised row, so there
     * the pre-flight cannot tell, and says so with the query counting, per column, the rows the REPLACE conflicts with (on any
     * UNIQUE key its rows give) that hold another value there ({@link ReplaceResets}, the query the local count runs too).
     */
    static List<String> defaulted(Replica r, Migration m) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.statements().size(); i++) {
            ReplaceResets resets = ReplaceResets.of(r, m.statements().get(i));
            if (resets == null || !r.holdsRows(resets.table())) continue;
            List<String> each = new ArrayList<>();
            for (ReplaceResets.Column c : resets.columns()) {
                each.add("leaves out " + Quoting.doubleQuoted(resets.table()) + "." + Quoting.doubleQuoted(c.name()) + (c.afresh() ? " (DEFAULT " + c.dflt()
                        + ", read afresh)" : "") + ", " + RESETS + ": the synthesised rows cannot tell which of the database's rows those are; what it resets there: "
                        + c.query());
            }
            String code = StatementKind.fromCode(m.statements().get(i));
            out.add(StatementRules.at(m, i) + ": " + StatementRules.shown(code).lines().findFirst().orElse("") + "\n    " + String.join("\n    ", each));
        }
        return out;
    }

    private static String deletes(List<String> lines) {
        boolean triggers = lines.stream().anyMatch(l -> l.contains(FIRED));
        boolean moves = lines.stream().anyMatch(l -> l.contains(UnseenTriggerConditions.MARK));
        String writes = "the apply deletes them (or, for an UPDATE, changes their keys" + (triggers ? " or fires the triggers named on them" : "")
                + ") there, and the children named with them";
        if (!moves) return writes;
        String fires = "the rebuild fires the trigger named for each of them";
        return lines.stream().allMatch(l -> l.contains(UnseenTriggerConditions.MARK)) ? fires : writes + " (for rows a rebuild moves, " + fires + ")";
    }

    /** How a line says an UPDATE empties values the synthesised rows cannot tell ({@link #nulling}). */
    private static final String NULLS = "gives NULL where ";

    /**
     * One line per UPDATE of {@code m} on a table holding rows in {@code r} that sets a column to a bare subquery ({@code SET
     * customer_id = (SELECT c.id FROM customers c WHERE c.code = orders.code)}) or to a CASE without ELSE: each gives NULL to the
     * rows it finds no row, or no WHEN, for. On a local file's real rows those are counted and refused ({@link LossRules}); the
     * synthesised rows of a remote database's replica match no other table's, nor the values a WHEN names, so there the pre-flight
     * cannot tell, and says so with the query counting what it empties on the database (for an UPDATE ... FROM, over the rows of
     * the FROM it is set with). Not a subquery its WHERE guards with EXISTS ({@link #guardedByExists}).
     */
    static List<String> nulling(Replica r, Migration m) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.statements().size(); i++) {
            String code = StatementKind.fromCode(m.statements().get(i));
            List<SqlLexer.Token> t = SqlLexer.significant(code);
            if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
            int verb = WriteTarget.verb(t);
            if (verb < 0 || verb + 1 >= t.size() || !t.get(verb).is("UPDATE")) continue;
            int name = WriteTarget.at(t, verb);
            if (name < 0 || name >= t.size() || !t.get(name).isName()) continue;
            String table = tableAt(t, name);
            if (!r.holdsRows(table)) continue;
            Clauses c = Clauses.of(t, name + 1);
            // no SET, or a FROM with nothing after it: SQLite refuses the statement, in its own words, when it runs
            if (c.set() < 0 || c.from() >= 0 && c.from() + 1 >= (c.where() >= 0 ? c.where() : c.end())) continue;
            Set<String> tables = Set.of(SqliteNames.key(table));
            Map<String, String> subqueries = new java.util.LinkedHashMap<>(StatementText.subquerySetTexts(code, tables));
            Map<String, String> cases = StatementText.caseWithoutElseSets(code, tables);
            String with = WriteTarget.withText(code, t, verb);
            String target = code.substring(t.get(name).start(), t.get(c.set()).start()).strip();
            String condition = c.where() < 0 || c.where() + 1 >= c.end() ? null : code.substring(t.get(c.where() + 1).start(), t.get(c.end() - 1).end());
            // WHERE EXISTS (the same SELECT), as the refusal on real rows advises: sets only the rows it finds one for
            if (condition != null) subqueries.values().removeIf(sub -> guardedByExists(sub, condition));
            if (subqueries.isEmpty() && cases.isEmpty()) continue;
            // UPDATE t SET ... FROM f WHERE cond sets the rows of t some row of f meets cond with, the values read with that row
            String from = c.from() < 0 ? null
                    : code.substring(t.get(c.from() + 1).start(), c.where() >= 0 ? t.get(c.where()).start() : t.get(c.end() - 1).end()).strip();
            java.util.function.Function<String, String> rows = empties -> {
                String met = empties + (condition == null ? "" : " AND (" + condition + ")");
                return from == null ? met : "EXISTS (SELECT 1 FROM " + from + " WHERE " + met + ")";
            };
            List<String> each = new ArrayList<>();
            String of = Quoting.doubleQuoted(table) + ".";
            String tell = ": the synthesised rows cannot tell which of the database's rows those are; what it empties there: ";
            subqueries.forEach((col, sub) -> each.add("sets " + of + Quoting.doubleQuoted(col) + " to a subquery, which " + NULLS + "it finds no row" + tell
                    + with + "SELECT count(*) FROM " + target + " WHERE " + Quoting.doubleQuoted(col) + " IS NOT NULL AND " + rows.apply("NOT EXISTS " + sub)));
            cases.forEach((col, cs) -> each.add("sets " + of + Quoting.doubleQuoted(col) + " to a CASE without ELSE, which " + NULLS + "no WHEN matches" + tell
                    + with + "SELECT count(*) FROM " + target + " WHERE " + Quoting.doubleQuoted(col) + " IS NOT NULL AND "
                    + rows.apply("(" + cs + ") IS " + StatementText.NO_WHEN_MATCHED)));
            out.add(StatementRules.at(m, i) + ": " + StatementRules.shown(code).lines().findFirst().orElse("") + "\n    " + String.join("\n    ", each));
        }
        return out;
    }

    /**
     * Whether {@code condition} (an UPDATE's WHERE) sets a column to {@code sub} only where {@code sub} finds a row: it holds
     * {@code EXISTS} over the same FROM and WHERE ({@code EXISTS (SELECT 1 FROM customers c WHERE c.code = orders.code)} for
     * {@code (SELECT c.id FROM customers c WHERE c.code = orders.code)}), not after NOT, nor beside an OR (whose other side sets
     * rows it finds none for). Any other EXISTS (of another table, NOT EXISTS) leaves the rows it finds none for emptied.
     */
    static boolean guardedByExists(String sub, String condition) {
        String s = normalised(sub);
        String w = normalised(condition);
        int from = s.indexOf(" from ");
        if (from < 0 || (" " + w + " ").contains(" or ")) return false;
        String tail = s.substring(from);
        for (int at = w.indexOf(tail); at >= 0; at = w.indexOf(tail, at + 1)) {
            int exists = w.lastIndexOf("exists", at);
            // NOT (EXISTS ...) turns it round too: the parentheses between are looked through
            if (exists >= 0 && !w.substring(0, exists).replaceAll("[\\s(]+$", "").endsWith("not")) return true;
        }
        return false;
    }

    private static String normalised(String sql) {
        return sql.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip();
    }

    /** How a line names the triggers an UPDATE fires: "what its trigger \"x\" does", "what its triggers \"x\", \"y\" do". */
    private static final String FIRED = "what its trigger";

    private UnseenFilteredWrite() {
    }

    /**
     * One line per filtered DELETE, UPDATE or upsert changing a key or firing a deleting trigger, or INSERT trigger's DELETE, of
     * {@code m} on a table holding rows in {@code r} (as it is before {@code m} runs) whose condition no row there meets when the
     * statement runs: where, the statement, the children it would reach, and the query that counts what it matches on the real
     * database. {@code r} is left as it was.
     */
    static List<String> in(Replica r, Migration m) {
        List<Write> writes = new ArrayList<>();
        // read once for the migration: a seed may hold thousands of INSERTs
        List<Map<String, Object>> triggers = r.query("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY name");
        Map<String, List<List<String>>> declared = UnseenReplace.replacingTables(r);
        for (int i = 0; i < m.statements().size(); i++) {
            for (Write w : writesOf(r, i, StatementKind.fromCode(m.statements().get(i)), triggers, declared)) {
                // a table without rows before the migration has none there to reach either
                if (r.holdsRows(w.table())) writes.add(w);
            }
        }
        if (writes.isEmpty()) return List.of();
        Map<String, TreeSet<String>> deleting = UnseenReplace.actingChildren(r);
        List<Map<String, Object>> references = r.query("SELECT m.name AS child, f.\"table\" AS parent, f.\"to\" AS ref FROM main.sqlite_master m,"
                + " pragma_foreign_key_list(m.name) f WHERE m.type = 'table'");
        List<String> out = new ArrayList<>();
        for (Write w : unmet(r, m, writes)) {
            TreeSet<String> of = w.keys().isEmpty() ? new TreeSet<>(deleting.getOrDefault(SqliteNames.key(w.table()), new TreeSet<>()))
                    : referring(r, references, w.table(), w.keys());
            of.removeIf(child -> !r.holdsRows(child));
            String reach = of.isEmpty() ? "" : " (and, through their foreign keys, " + (w.keys().isEmpty() ? "from" : "to") + " \""
                    + String.join("\", \"", of) + "\")";
            List<String> untried = new ArrayList<>();
            if (!w.keys().isEmpty()) untried.add("what changing their key \"" + String.join("\", \"", w.keys()) + "\" does there" + reach);
            if (!w.triggers().isEmpty()) {
                untried.add(FIRED + (w.triggers().size() > 1 ? "s " : " ")
                        + String.join(", ", w.triggers().stream().map(dev.godwit.engine.sql.Quoting::doubleQuoted).toList())
                        + (w.triggers().size() > 1 ? " do" : " does") + " there");
            }
            if (untried.isEmpty()) untried.add("what it removes there" + reach);
            if (w.counted() == Counted.UNREAD) {
                out.add(StatementRules.at(m, w.index()) + ": " + StatementRules.shown(w.code()).lines().findFirst().orElse("")
                        + "\n    " + w.lead() + "which rows it deletes was not predicted; the rows it updates on the database: " + w.query());
                continue;
            }
            out.add(StatementRules.at(m, w.index()) + ": " + StatementRules.shown(w.code()).lines().findFirst().orElse("")
                    + "\n    " + w.lead() + "meets none of the synthesised rows of \"" + w.table() + "\", so " + String.join(" and ", untried)
                    + " was not tried; what it matches on the database: " + w.query());
        }
        return out;
    }

    /**
     * The writes whose condition no row there before the migration meets when they run: the migration's statements run in a
     * transaction rolled back afterwards (with the rowids each written table held at its start), each write's rows counted
     * just before it. A statement that fails ends the run (the pre-flight reports it).
     */
    private static List<Write> unmet(Replica r, Migration m, List<Write> writes) {
        List<Write> out = new ArrayList<>();
        int next = 0;
        r.exec("BEGIN");
        try {
            Map<String, String[]> before = new java.util.HashMap<>();   // table to {rowid name, snapshot of its rowids}
            for (Write w : writes) before.computeIfAbsent(SqliteNames.key(w.table()), k -> rowidsBefore(r, w.table(), "gw_unseen_" + before.size()));
            for (int i = 0; i < m.statements().size() && next < writes.size(); i++) {
                while (next < writes.size() && writes.get(next).index() == i) {
                    Write w = writes.get(next++);
                    String[] rows = before.get(SqliteNames.key(w.table()));
                    if (w.counted() == Counted.UNREAD) {
                        out.add(w);   // what it deletes was never tried: said whatever the synthesised rows show
                        continue;
                    }
                    try {
                        if (r.count(w.queryAmong(rows[0], rows[1])) == 0) out.add(w);
                    } catch (DatabaseException unreadable) {
                        out.add(w);   // a condition the query cannot count here was not tried either
                    }
                }
                try {
                    r.execMigration(m.statements().get(i));
                } catch (DatabaseException failed) {
                    break;
                }
            }
        } finally {
            r.rollbackQuietly();
        }
        return out;
    }

    /**
     * {rowid name, temp table of {@code table}'s rowids as they are now}; {null, null} where there is no rowid to tell the rows
     * by (WITHOUT ROWID, a view, columns taking every rowid name): then every row the condition meets counts.
     */
    private static String[] rowidsBefore(Replica r, String table, String snapshot) {
        // a view's rowid reads as NULL (or not at all, by SQLite's version): no row would count
        if (r.query("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", table).isEmpty()) return new String[2];
        List<String> columns = r.query("SELECT name FROM pragma_table_xinfo(?)", table).stream().map(c -> String.valueOf(c.get("name"))).toList();
        String rowid = SqliteNames.rowidAlias(columns);
        if (rowid == null) return new String[2];
        try {
            r.exec("CREATE TEMP TABLE " + snapshot + " AS SELECT " + rowid + " AS rid FROM main." + dev.godwit.engine.sql.Quoting.doubleQuoted(table));
            return new String[] {rowid, snapshot};
        } catch (DatabaseException noRowid) {
            return new String[2];
        }
    }

    /**
     * Statement {@code i} as a filtered DELETE, or an UPDATE or upsert that changes a key or fires a deleting trigger, an UPDATE
     * or INSERT whose REPLACE (its own, or the one its table declares on a key, {@code declared}) deletes the rows it meets on
     * a key, and for an INSERT the DELETEs of its triggers; empty for any other.
     */
    private static List<Write> writesOf(Replica r, int i, String code, List<Map<String, Object>> triggers, Map<String, List<List<String>>> declared) {
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
        int verb = WriteTarget.verbAfterWith(t);
        if (verb < 0 || verb >= t.size() || !t.get(verb).is("INSERT") && !t.get(verb).is("REPLACE")) {
            List<Write> out = new ArrayList<>();
            Write w = filtered(r, i, code);
            if (w != null) out.add(w);
            out.addAll(updateReplacing(r, i, code, declared));
            return out;
        }
        boolean conflict = t.stream().anyMatch(x -> x.is("CONFLICT"));
        boolean replaces = WriteTarget.replaces(t, verb);
        // INSERT INTO without OR: the table's own ON CONFLICT REPLACE applies
        boolean plain = !declared.isEmpty() && verb + 1 < t.size() && t.get(verb).is("INSERT") && t.get(verb + 1).is("INTO");
        if (!conflict && !replaces && !plain && triggers.isEmpty()) return List.of();
        InsertedRows rows = InsertedRows.of(r, code, t, verb);
        if (rows == null) return List.of();
        String with = WriteTarget.withText(code, t, verb);
        List<Write> out = new ArrayList<>();
        Write replaced = replaces ? replacing(r, i, code, rows, with) : null;
        if (replaced != null) out.add(replaced);
        Write declaredReplaced = plain ? declaredReplacing(r, i, code, rows, with, declared.get(SqliteNames.key(rows.table()))) : null;
        if (declaredReplaced != null) out.add(declaredReplaced);
        Write upsert = conflict ? upserting(r, i, code, t, rows, with) : null;
        if (upsert != null) out.add(upsert);
        out.addAll(insertTriggerDeletes(i, code, rows, with, triggers));
        return out;
    }

    /** Statement {@code i} as a filtered DELETE, or an UPDATE that changes a key or fires a deleting trigger, or null. */
    private static Write filtered(Replica r, int i, String code) {
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
        int verb = WriteTarget.verbAfterWith(t);
        if (verb < 0) return null;
        String with = WriteTarget.withText(code, t, verb);
        if (t.size() >= verb + 5 && t.get(verb).is("DELETE") && t.get(verb + 1).is("FROM") && t.get(verb + 2).isName()) {
            Clauses c = Clauses.of(t, verb + 3);
            // without WHERE every row goes, the synthesised ones too: seen
            if (c.where() < 0 || c.where() + 1 >= c.end()) return null;
            return new Write(i, code, tableAt(t, verb + 2), List.of(), List.of(), with,
                    code.substring(t.get(verb + 2).start(), t.get(c.where()).start()).strip(),
                    code.substring(t.get(c.where() + 1).start(), t.get(c.end() - 1).end()), Counted.ROWS, null, "");
        }
        if (t.size() < verb + 6 || !t.get(verb).is("UPDATE")) return null;
        int name = t.get(verb + 1).is("OR") ? verb + 3 : verb + 1;
        if (name >= t.size() || !t.get(name).isName()) return null;
        Clauses c = Clauses.of(t, name + 1);
        if (c.set() < 0 || c.where() < 0 || c.where() + 1 >= c.end()) return null;
        String table = tableAt(t, name);
        List<String> keys = new ArrayList<>();
        Set<String> keyColumns = keyColumns(r, table);
        List<String> columns = dev.godwit.engine.sql.SetList.assigned(t, c.set() + 1, c.from() >= 0 ? c.from() : c.where());
        for (String column : columns) {
            if (keyColumns.contains(SqliteNames.key(column)) && !keys.contains(column)) keys.add(column);
        }
        List<String> triggers = deletingUpdateTriggers(r, table, columns);
        if (keys.isEmpty() && triggers.isEmpty()) return null;
        String target = code.substring(t.get(name).start(), t.get(c.set()).start()).strip();
        String condition = code.substring(t.get(c.where() + 1).start(), t.get(c.end() - 1).end());
        // UPDATE t SET ... FROM f WHERE cond changes the rows of t for which some row of f meets cond
        String matched = c.from() < 0 ? condition
                : "EXISTS (SELECT 1 FROM " + code.substring(t.get(c.from() + 1).start(), t.get(c.where()).start()).strip() + " WHERE " + condition + ")";
        return new Write(i, code, table, keys, triggers, with, target, matched, Counted.ROWS, null, "");
    }

    /**
     * Statement {@code i} as a REPLACE ({@code REPLACE INTO}, {@code INSERT OR REPLACE}) whose inserted rows give a UNIQUE key besides
     * the primary key: a row holding an inserted row's value there under another primary key (or any, where the REPLACE does not give
     * the primary key) is deleted, the count of the table staying the same where the row replaced is another's (Bob's row 3 gone
     * for {@code VALUES (5, 'bob@x.com', 'Robert')}). A seed's values meet no synthesised row; on a local file the copy's real
     * rows show it ({@code "users": 1 of 3 rows deleted}). Null where it gives no such key. A partial UNIQUE index is left out.
     */
    private static Write replacing(Replica r, int i, String code, InsertedRows rows, String with) {
        List<List<String>> keys = new ArrayList<>(Upsert.uniqueKeys(r, rows.table(), rows.columns(), false));
        List<String> primaryKey = r.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", rows.table()).stream()
                .map(c -> SqliteNames.key(String.valueOf(c.get("name")))).toList();
        List<String> givenKey = null;   // the primary key as the REPLACE writes it, where it gives every column of it
        for (List<String> key : keys) {
            if (key.size() == primaryKey.size() && key.stream().allMatch(c -> primaryKey.contains(SqliteNames.key(SqlLexer.unquote(c))))) givenKey = key;
        }
        if (givenKey != null) keys.remove(givenKey);
        if (keys.isEmpty()) return null;
        List<String> other = givenKey;
        // a row holding the inserted row's key under another primary key: looked up through the key's index (KeyConflicts)
        String condition = KeyConflicts.condition(r, rows.table(), rows.ref(), row -> keyMatches(row, keys).stream().map(m -> other == null ? m
                : m + " AND NOT (" + String.join(" AND ", other.stream().map(c -> row + "." + c + " IS new." + c).toList()) + ")").toList());
        String on = String.join(", ", keys.stream().map(k -> String.join(", ", k.stream().map(c -> Quoting.doubleQuoted(SqlLexer.unquote(c))).toList())).toList());
        String lead = "replaces on " + on + " too: a row holding an inserted row's " + on + (givenKey == null ? " is deleted (the inserted one takes a new key)"
                : " under another " + String.join(", ", givenKey.stream().map(c -> Quoting.doubleQuoted(SqlLexer.unquote(c))).toList()) + " is deleted") + ", and that ";
        return new Write(i, code, rows.table(), List.of(), List.of(), withRows(with, rows.as("new")),
                rows.target(), condition, Counted.ROWS, null, lead);
    }

    /**
     * Statement {@code i} as a plain INSERT into a table whose keys {@code replacingKeys} (null: none) say ON CONFLICT REPLACE,
     * its rows giving one of them and no upsert taking its conflicts: a row holding an inserted row's value there is deleted,
     * the primary key's too (the statement says INSERT, not REPLACE: any row it replaces is one the author did not mean to).
     * A seed's values meet no synthesised row; on a local file the copy's real rows show it. Null where it gives no such key.
     */
    private static Write declaredReplacing(Replica r, int i, String code, InsertedRows rows, String with, List<List<String>> replacingKeys) {
        if (replacingKeys == null) return null;
        List<List<String>> keys = new ArrayList<>();
        for (List<String> key : Upsert.uniqueKeys(r, rows.table(), rows.columns(), false)) {
            List<String> names = key.stream().map(SqlLexer::unquote).toList();
            if (oneOf(names, replacingKeys) && !UnseenReplace.upsertCovers(code, List.of(names))) keys.add(key);
        }
        if (keys.isEmpty()) return null;
        String on = String.join(", ", keys.stream().map(k -> String.join(", ", k.stream().map(c -> Quoting.doubleQuoted(SqlLexer.unquote(c))).toList())).toList());
        String lead = "replaces on " + on + ", which its table declares ON CONFLICT REPLACE: a row holding an inserted row's " + on + " is deleted, and that ";
        return new Write(i, code, rows.table(), List.of(), List.of(), withRows(with, rows.as("new")), rows.target(),
                KeyConflicts.condition(r, rows.table(), rows.ref(), row -> keyMatches(row, keys)), Counted.ROWS, null, lead);
    }

    /**
     * Statement {@code i} as an {@code UPDATE OR REPLACE}, or a plain UPDATE of a table whose key says ON CONFLICT REPLACE
     * ({@code declared}), that sets a column of a UNIQUE key (the primary key too): each row holding, on that key, what an updated
     * row comes to hold is deleted ({@code SET email = lower(email)} deletes 'bob@x' where 'Bob@x' becomes it). One write per
     * key, its query counting the rows it deletes: the rows holding what another row moves onto, or the rows the key then holds
     * twice, whichever is more (NULLs never collide; a chain, {@code SET id = id + 1}, may count more than go). An UPDATE ...
     * FROM gives each row some row of the FROM meets that row's values; a row value, {@code SET (a, b) = (x, y)} or {@code = (SELECT
     * x, y ...)}, each column its own. One whose values this does not read (a compound SELECT's row, {@code SELECT *}; a FROM on a
     * table without rowid) is said so, with the rows it updates.
     */
    private static List<Write> updateReplacing(Replica r, int i, String code, Map<String, List<List<String>>> declared) {
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        if (!t.isEmpty() && t.get(t.size() - 1).isPunct(";")) t = t.subList(0, t.size() - 1);
        int verb = WriteTarget.verbAfterWith(t);
        if (verb < 0 || verb + 1 >= t.size() || !t.get(verb).is("UPDATE")) return List.of();
        boolean orReplace = t.get(verb + 1).is("OR") && verb + 2 < t.size() && t.get(verb + 2).is("REPLACE");
        if (t.get(verb + 1).is("OR") && !orReplace) return List.of();
        int name = orReplace ? verb + 3 : verb + 1;
        if (name >= t.size() || !t.get(name).isName()) return List.of();
        String table = tableAt(t, name);
        List<List<String>> replacingKeys = orReplace ? null : declared.get(SqliteNames.key(table));
        if (!orReplace && replacingKeys == null) return List.of();
        Clauses c = Clauses.of(t, name + 1);
        int fromEnd = c.where() >= 0 ? c.where() : c.end();
        // no SET, or a FROM with nothing after it: SQLite refuses the statement, in its own words, when it runs
        if (c.set() < 0 || c.from() >= 0 && c.from() + 1 >= fromEnd) return List.of();
        Map<String, String> values = new java.util.HashMap<>();   // column (as SqliteNames.key) to the value it is set to
        Set<String> unread = new java.util.HashSet<>();            // columns set by a row value this does not split
        for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, c.set() + 1, fromEnd)) {
            if (a.value() >= a.end()) continue;
            List<String> each = a.columns().size() == 1 ? List.of(code.substring(t.get(a.value()).start(), t.get(a.end() - 1).end()))
                    : rowValues(code, t, a.value(), a.end(), a.columns().size());
            for (int n = 0; n < a.columns().size(); n++) {
                if (each == null) unread.add(SqliteNames.key(a.columns().get(n)));
                else values.put(SqliteNames.key(a.columns().get(n)), each.get(n));
            }
        }
        String where = c.where() < 0 || c.where() + 1 >= c.end() ? null : code.substring(t.get(c.where() + 1).start(), t.get(c.end() - 1).end());
        // the table and its alias, without INDEXED BY / NOT INDEXED (which would hold this query's other scans to that index)
        int named = WriteTarget.nameIndex(t, name);
        int alias = named + 2;   // an UPDATE's alias takes AS
        boolean aliased = alias < c.set() && t.get(named + 1).is("AS");
        String target = code.substring(t.get(name).start(), t.get(aliased ? alias : named).end());
        // how the statement's clauses name the table: its alias, or its name
        String ref = t.get(aliased ? alias : named).text();
        String from = c.from() < 0 ? null : code.substring(t.get(c.from() + 1).start(), t.get(fromEnd - 1).end());
        String with = WriteTarget.withText(code, t, verb);
        List<String> columns = r.query("SELECT name FROM pragma_table_info(?)", table).stream().map(x -> String.valueOf(x.get("name"))).toList();
        String rowid = rowidOf(r, table);
        List<Write> out = new ArrayList<>();
        for (List<String> key : Upsert.uniqueKeys(r, table, columns, false)) {
            boolean unknown = key.stream().anyMatch(k -> unread.contains(SqliteNames.key(k))) || from != null && rowid == null;
            if (!unknown && key.stream().noneMatch(k -> values.containsKey(SqliteNames.key(k)))) continue;
            if (replacingKeys != null && !oneOf(key, replacingKeys)) continue;
            String cols = String.join(", ", key.stream().map(Quoting::doubleQuoted).toList());
            String deleted = "replaces on " + cols + (orReplace ? "" : ", which its table declares ON CONFLICT REPLACE") + ": a row holding the " + cols
                    + " an updated row comes to hold is deleted, and ";
            if (unknown) {
                // values from a subquery's row this does not split, or a FROM without a rowid to tell the rows updated: said, with the rows it updates
                String lead = deleted + "what it comes to hold (" + (from != null && rowid == null ? "from the FROM's rows"
                        : "a row value from a subquery") + ") is not read here, so ";
                String updated = where == null && from == null ? "1 = 1" : from == null ? where
                        : "EXISTS (SELECT 1 FROM " + from + (where == null ? "" : " WHERE " + where) + ")";
                out.add(new Write(i, code, table, List.of(), List.of(), with, target, updated, Counted.UNREAD, null, lead));
                continue;
            }
            List<String> after = new ArrayList<>();
            List<String> set = new ArrayList<>();
            List<String> movesOnto = new ArrayList<>();
            for (int n = 0; n < key.size(); n++) {
                String col = Quoting.doubleQuoted(key.get(n));
                String value = values.get(SqliteNames.key(key.get(n)));
                after.add(value == null ? col : where == null ? "(" + value + ")" : "CASE WHEN (" + where + ") THEN (" + value + ") ELSE " + col + " END");
                set.add(col + " IS NOT NULL");
                movesOnto.add("o." + col + " = u." + col);
            }
            String held = " FROM gw_after WHERE " + String.join(" AND ", set);
            // rows the key then holds twice (two rows moving onto one value: one goes) ...
            String twice = "SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT " + cols + held + "))" + held;
            String head = rowid == null ? "gw_after(" + cols + ") AS (SELECT " + String.join(", ", after) + " FROM " + target + ")"
                    : "gw_after(gw_row, " + cols + ") AS (SELECT " + rowid + ", " + String.join(", ", after) + " FROM " + target + ")";
            if (from != null) {
                // UPDATE ... FROM: each row of the table some row of the FROM meets takes that row's values (one of them, where several do)
                List<String> taken = new ArrayList<>();
                for (String k : key) {
                    String value = values.get(SqliteNames.key(k));
                    taken.add(value == null ? ref + "." + Quoting.doubleQuoted(k) : "(" + value + ")");
                }
                head = "gw_set(gw_row, " + cols + ") AS (SELECT " + ref + "." + rowid + ", " + String.join(", ", taken) + " FROM " + target + ", " + from
                        + (where == null ? "" : " WHERE " + where) + " GROUP BY " + ref + "." + rowid + "), gw_after(gw_row, " + cols + ") AS (SELECT "
                        + rowid + ", " + cols + " FROM " + target + " WHERE " + rowid + " NOT IN (SELECT gw_row FROM gw_set) UNION ALL SELECT * FROM gw_set)";
            }
            // ... or a row holding what another row moves onto (Bob's address, which Ann takes; SET id = id + 1 counts each row once),
            // looked up from each row's new key through the key's index: EXISTS over gw_after compared every row with every other
            String query = rowid == null ? twice : "SELECT max((SELECT count(DISTINCT o." + rowid + ") FROM gw_after u JOIN " + Quoting.doubleQuoted(table)
                    + " AS o ON " + String.join(" AND ", movesOnto) + " WHERE o." + rowid + " <> u.gw_row), (" + twice + "))";
            out.add(new Write(i, code, table, List.of(), List.of(), withRows(with, head), target, query, Counted.QUERY, null, deleted + "that "));
        }
        return out;
    }

    /** Whether {@code key} (column names) is one of {@code keys}: the same columns, by {@link SqliteNames#key}, in any order. */
    private static boolean oneOf(List<String> key, List<List<String>> keys) {
        Set<String> names = new java.util.HashSet<>(key.stream().map(SqliteNames::key).toList());
        return keys.stream().anyMatch(k -> k.size() == names.size() && k.stream().allMatch(c -> names.contains(SqliteNames.key(c))));
    }

    /**
     * The values of a row-value assignment's {@code (x, y)} or {@code (SELECT x, y FROM ...)} (tokens {@code from} to {@code to}),
     * one for each of its {@code n} columns ({@code (SELECT y FROM ...)} for the second), or null: another form (a compound
     * SELECT, {@code *}, DISTINCT, a count that differs).
     */
    static List<String> rowValues(String code, List<SqlLexer.Token> t, int from, int to, int n) {
        if (to - from < 3 || !t.get(from).isPunct("(") || !t.get(to - 1).isPunct(")")) return null;
        int end = to - 1;   // the closing parenthesis
        List<SqlLexer.Token> inner = t.subList(from + 1, end);
        List<String> out = new ArrayList<>();
        if (!inner.get(0).is("SELECT")) {
            for (CallArguments.Argument a : CallArguments.of(inner, 0, inner.size())) out.add(code.substring(inner.get(a.start()).start(), inner.get(a.end() - 1).end()));
            return out.size() == n ? out : null;
        }
        SelectParts s = SelectParts.readEvenWithoutFrom(inner, 0);
        if (s.compound() || s.distinct() || s.star(inner) || s.items().size() != n) return null;
        // each value its own subquery over the same FROM, WHERE, ...: the part from where the list ends to the closing parenthesis
        String rest = s.listEnd() >= inner.size() ? "" : " " + code.substring(inner.get(s.listEnd()).start(), inner.get(inner.size() - 1).end());
        for (SelectParts.Item i : s.items()) {
            if (i.end() <= i.start()) return null;
            out.add("(SELECT " + code.substring(inner.get(i.start()).start(), inner.get(i.end() - 1).end()) + rest + ")");
        }
        return out;
    }

    /** How to name {@code table}'s rowid (rowid, oid, _rowid_: the first no column takes), or null: a WITHOUT ROWID table, or every name taken. */
    static String rowidOf(Replica r, String table) {
        if (withoutRowid(r, table)) return null;
        return SqliteNames.rowidAlias(r.query("SELECT name FROM pragma_table_xinfo(?)", table).stream().map(x -> String.valueOf(x.get("name"))).toList());
    }

    /** Whether {@code table} is a WITHOUT ROWID table, which has no rowid to tell its rows apart by ({@link Shape#withoutRowid}). */
    static boolean withoutRowid(Replica r, String table) {
        return r.query("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE AND sql IS NOT NULL", table).stream()
                .anyMatch(x -> Shape.withoutRowid(String.valueOf(x.get("sql"))));
    }

    /** The statement's WITH ({@code with}, or none) followed by {@code rows}, a common table expression of its rows: the head of a query. */
    static String withRows(String with, String rows) {
        return (with.isEmpty() ? "WITH " : with.strip() + ", ") + rows + " ";
    }

    /** For each key (its columns as written), {@code (ref.a = new.a AND ref.b = new.b)}: a row of {@code ref} the inserted row meets there. */
    static List<String> keyMatches(String ref, List<List<String>> keys) {
        return keys.stream().map(key -> "(" + String.join(" AND ", key.stream().map(c -> ref + "." + c + " = new." + c).toList()) + ")").toList();
    }

    /** Statement {@code i} as an upsert whose DO UPDATE changes a key or fires UPDATE triggers that delete, or null. */
    private static Write upserting(Replica r, int i, String code, List<SqlLexer.Token> t, InsertedRows rows, String with) {
        Upsert u = Upsert.of(r, code, t, rows);
        if (u == null) return null;
        Set<String> keyColumns = keyColumns(r, u.table());
        List<String> keys = new ArrayList<>();
        TreeSet<String> triggers = new TreeSet<>();
        List<String> conditions = new ArrayList<>();
        for (Upsert.Clause c : u.clauses()) {
            Set<String> unchanged = new java.util.HashSet<>(c.unchanged().stream().map(SqliteNames::key).toList());
            List<String> changed = c.columns().stream().filter(x -> keyColumns.contains(SqliteNames.key(x)) && !unchanged.contains(SqliteNames.key(x))).toList();
            // a trigger on UPDATE OF a column fires whenever the SET names it, the same value or not
            List<String> fired = deletingUpdateTriggers(r, u.table(), c.columns());
            if (changed.isEmpty() && fired.isEmpty()) continue;
            for (String k : changed) if (keys.stream().noneMatch(x -> SqliteNames.key(x).equals(SqliteNames.key(k)))) keys.add(k);
            triggers.addAll(fired);
            conditions.add(c.condition());
        }
        if (conditions.isEmpty()) return null;
        String condition = conditions.size() == 1 ? conditions.get(0) : "(" + String.join(") OR (", conditions) + ")";
        // the inserted rows, named as the upsert names them, after the statement's own WITH
        String withRows = withRows(with, u.rows());
        return new Write(i, code, u.table(), keys, new ArrayList<>(triggers), withRows, u.target(), condition, Counted.CONFLICTING, null, "its DO UPDATE ");
    }

    /**
     * The DELETEs with a condition that the INSERT triggers of the table statement {@code i} inserts into run (a ban that ends
     * the banned user's sessions, {@code DELETE FROM sessions WHERE user_id = NEW.user_id}): on a replica the inserted values
     * meet none of the synthesised rows, on D1 they meet the real ones. Not a DELETE from a table the trigger inserts into
     * again (kept in step), nor one without a condition (it meets the synthesised rows too).
     */
    private static List<Write> insertTriggerDeletes(int i, String code, InsertedRows rows, String with, List<Map<String, Object>> triggers) {
        List<Write> out = new ArrayList<>();
        for (Map<String, Object> row : triggers) {
            if (!SqliteNames.key(String.valueOf(row.get("tbl_name"))).equals(SqliteNames.key(rows.table()))) continue;
            String sql = String.valueOf(row.get("sql"));
            List<SqlLexer.Token> b = SqlLexer.significant(sql);
            int event = -1;
            for (int k = 3; k < b.size() && event < 0; k++) {
                if (b.get(k).is("DELETE") || b.get(k).is("INSERT") || b.get(k).is("UPDATE")) event = k;
            }
            if (event < 0 || !b.get(event).is("INSERT")) continue;
            int when = -1;
            int begin = -1;
            for (int k = event + 1; k < b.size() && begin < 0; k++) {
                if (when < 0 && b.get(k).is("WHEN")) when = k;
                else if (b.get(k).is("BEGIN")) begin = k;
            }
            if (begin < 0) continue;
            String condition = when < 0 || begin == when + 1 ? null : sql.substring(b.get(when + 1).start(), b.get(begin - 1).end()).strip();
            Set<String> inserted = new java.util.HashSet<>();
            for (int k = begin + 1; k + 1 < b.size(); k++) {
                if (b.get(k).is("INTO") && b.get(k + 1).isName()) inserted.add(SqliteNames.key(tableAt(b, k + 1)));
            }
            for (int k = begin + 1; k + 2 < b.size(); k++) {
                if (!b.get(k).is("DELETE") || !b.get(k + 1).is("FROM") || !b.get(k + 2).isName()) continue;
                String table = tableAt(b, k + 2);
                if (inserted.contains(SqliteNames.key(table))) continue;
                int where = -1;
                int end = k + 3;
                for (int depth = 0; end < b.size(); end++) {
                    if (b.get(end).isPunct("(")) depth++;
                    else if (b.get(end).isPunct(")")) depth--;
                    else if (depth == 0 && b.get(end).isPunct(";")) break;
                    else if (depth == 0 && where < 0 && b.get(end).is("WHERE")) where = end;
                }
                if (where < 0 || where + 1 >= end) continue;
                String name = String.valueOf(row.get("name"));
                out.add(new Write(i, code, table, List.of(), List.of(), withRows(with, rows.as("new")),
                        sql.substring(b.get(k + 2).start(), b.get(where - 1).end()), sql.substring(b.get(where + 1).start(), b.get(end - 1).end()),
                        Counted.PER_INSERTED_ROW, condition, "fires trigger " + Quoting.doubleQuoted(name) + ", whose DELETE "));
            }
        }
        return out;
    }

    /**
     * The triggers an UPDATE of {@code columns} of {@code table} (a table, or a view's INSTEAD OF) fires that can remove rows: on
     * UPDATE, or UPDATE OF one of those columns, with a body that deletes from a table it does not insert into again (that
     * keeps a search table in step), or that updates a table whose triggers do (a stamp that sets a column another trigger
     * watches). One that only stamps the row or writes an audit row does what the UPDATE asks for, and a guard (RAISE) writes
     * nothing. A WHEN clause is not weighed: it may hold on the real rows.
     */
    private static List<String> deletingUpdateTriggers(Replica r, String table, List<String> columns) {
        return new ArrayList<>(deletingUpdateTriggers(r, table, columns, new java.util.HashSet<>()));
    }

    private static TreeSet<String> deletingUpdateTriggers(Replica r, String table, List<String> columns, Set<String> visited) {
        Set<String> set = new java.util.HashSet<>();
        for (String c : columns) set.add(SqliteNames.key(c));
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> row : r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE"
                + " AND sql IS NOT NULL ORDER BY name", table)) {
            String name = String.valueOf(row.get("name"));
            if (visited.contains(SqliteNames.key(name))) continue;
            List<SqlLexer.Token> t = SqlLexer.significant(String.valueOf(row.get("sql")));
            int event = -1;
            for (int k = 3; k < t.size() && event < 0; k++) {
                if (t.get(k).is("DELETE") || t.get(k).is("INSERT") || t.get(k).is("UPDATE")) event = k;
            }
            if (event < 0 || !t.get(event).is("UPDATE")) continue;
            int k = event + 1;
            if (k < t.size() && t.get(k).is("OF")) {
                boolean watched = false;
                for (k++; k < t.size() && !t.get(k).is("ON"); k++) watched |= t.get(k).isName() && set.contains(SqliteNames.key(t.get(k).name()));
                if (!watched) continue;
            }
            while (k < t.size() && !t.get(k).is("BEGIN")) k++;
            visited.add(SqliteNames.key(name));
            TreeSet<String> chain = new TreeSet<>();
            Set<String> deleted = new java.util.HashSet<>();
            Set<String> inserted = new java.util.HashSet<>();
            for (k++; k < t.size(); k++) {
                if (t.get(k).is("DELETE") && k + 2 < t.size() && t.get(k + 1).is("FROM") && t.get(k + 2).isName()) {
                    deleted.add(SqliteNames.key(tableAt(t, k + 2)));
                } else if (t.get(k).is("INTO") && k + 1 < t.size() && t.get(k + 1).isName()) {
                    inserted.add(SqliteNames.key(tableAt(t, k + 1)));
                }
                if (!t.get(k).is("UPDATE")) continue;
                // UPDATE [OR x] other SET ...: the triggers that UPDATE fires, in turn
                int at = k + 1 < t.size() && t.get(k + 1).is("OR") ? k + 3 : k + 1;
                if (at + 1 >= t.size() || !t.get(at).isName()) continue;
                Clauses c = Clauses.of(t, at + 1);
                if (c.set() < 0) continue;
                chain.addAll(deletingUpdateTriggers(r, tableAt(t, at), dev.godwit.engine.sql.SetList.assigned(t, c.set() + 1, t.size()), visited));
            }
            // a table the body deletes from and inserts into again is kept in step (a search row out, the new one in)
            deleted.removeAll(inserted);
            if (!deleted.isEmpty() || !chain.isEmpty()) {
                out.add(name);
                out.addAll(chain);
            }
        }
        return out;
    }

    /** The table named at {@code at} ({@code name} or {@code schema.name}). */
    private static String tableAt(List<SqlLexer.Token> t, int at) {
        return t.get(WriteTarget.nameIndex(t, at)).name();
    }

    /**
     * The columns of {@code table} (as {@link SqliteNames#key}) that rows are found by: the primary key and the rowid, the
     * columns of a UNIQUE constraint or index, and the parent keys of foreign keys.
     */
    private static Set<String> keyColumns(Replica r, String table) {
        Set<String> out = new java.util.HashSet<>(SqliteNames.ROWID_NAMES);
        for (Map<String, Object> row : r.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0 UNION SELECT i.name FROM pragma_index_list(?) l,"
                + " pragma_index_info(l.name) i WHERE l.\"unique\" = 1 AND i.name IS NOT NULL UNION SELECT f.\"to\" FROM main.sqlite_master m,"
                + " pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE AND f.\"to\" IS NOT NULL", table, table, table)) {
            out.add(SqliteNames.key(String.valueOf(row.get("name"))));
        }
        return out;
    }

    /** The children whose foreign keys refer to {@code keys} of {@code parent} (a reference without columns: its primary key). */
    private static TreeSet<String> referring(Replica r, List<Map<String, Object>> references, String parent, List<String> keys) {
        Set<String> changed = new java.util.HashSet<>();
        for (String k : keys) changed.add(SqliteNames.key(k));
        TreeSet<String> out = new TreeSet<>();
        List<String> primaryKey = null;
        for (Map<String, Object> f : references) {
            if (!SqliteNames.key(String.valueOf(f.get("parent"))).equals(SqliteNames.key(parent))) continue;
            boolean reaches;
            if (f.get("ref") != null) {
                reaches = changed.contains(SqliteNames.key(String.valueOf(f.get("ref"))));
            } else {
                if (primaryKey == null) {
                    primaryKey = r.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0", parent).stream()
                            .map(p -> SqliteNames.key(String.valueOf(p.get("name")))).toList();
                }
                reaches = primaryKey.stream().anyMatch(changed::contains);
            }
            if (reaches) out.add(String.valueOf(f.get("child")));
        }
        return out;
    }
}
