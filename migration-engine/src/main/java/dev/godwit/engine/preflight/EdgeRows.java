package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.LossDeclaration;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Generated rows as real tables hold them too: one holding NULL where a column allows it, two sharing a value. db:verify's replay
 * and the pre-flight of a remote D1 database (whose rows are generated) run a migration on such rows where the generated ones
 * showed nothing.
 */
final class EdgeRows {

    /** After "replaying 0001_x.sql" or "0001_x.sql": why a loss shows only on these rows. */
    static final String NOTE = " removes or rewrites rows only where one row holds NULL in every nullable column of the tables it names"
            + " and two rows share the values of their other columns (or the value a partial UNIQUE index's WHERE asks for, where it asks"
            + " for one: IS NULL, = a literal, IS TRUE or FALSE, <> a literal, IN (...)'s first; not a range, a function or a NOT),"
            + " or differ only in letter case where a UNIQUE column refuses the same value (the generated rows are otherwise all set and"
            + " all distinct); a"
            + " database holding such rows, as most do, loses them as said";

    /**
     * The words without which a statement keeps rows holding NULL or sharing a value as it keeps the others: a filter, a join, a
     * grouping or set operation, a conflict clause, a delete. A rebuild as db:generate writes it ({@code INSERT INTO __new_t
     * SELECT ... FROM t}, a coalesce for a column made NOT NULL) has none, so the second run is spent only where it can find something.
     */
    private static final Set<String> SELECTIVE = Set.of("WHERE", "JOIN", "GROUP", "HAVING", "DISTINCT", "UNION",
            "INTERSECT", "EXCEPT", "LIMIT", "IGNORE", "REPLACE", "DELETE");

    private EdgeRows() {
    }

    /**
     * Whether db:generate wrote {@code m} and it was not edited since: its rebuilds copy every row alike by construction (a
     * parent's backup, {@code DELETE} and copy back included), which the replay on generated rows and the golden cases check; the
     * second run is for SQL nothing else checked (hand-written, another tool's, or edited). It took db:verify of the benchmark's
     * history of 10 generated rebuilds from 2.1 s to 3.5 s for nothing.
     */
    static boolean writtenByGenerate(Migration m) {
        return m.file() != null && LossDeclaration.generatedAsWritten(m);
    }

    private static final java.util.regex.Pattern UNIQUE_WORD = java.util.regex.Pattern.compile("(?i)\\bUNIQUE\\b");

    /**
     * Whether {@code m}, not as db:generate wrote it (which warns of such an index itself), makes a UNIQUE index on a table it did
     * not create: rows already sharing the key fail it on a real database (the most common deploy a migration from another tool
     * breaks on data), so the replay fills the tables before it, as it does before a migration that rewrites rows.
     */
    static boolean uniqueIndexOnATableItHolds(Migration m) {
        Set<String> created = new HashSet<>();
        for (String sql : m.statements()) {
            String made = StatementKind.createdTable(sql);
            if (made != null) {
                created.add(SqliteNames.key(made));
                continue;
            }
            if (!UNIQUE_WORD.matcher(sql).find()) continue;   // a seed's long INSERTs are not lexed for it
            List<Token> t = SqlLexer.significant(sql);
            if (t.size() < 4 || !t.get(0).is("CREATE") || !t.get(1).is("UNIQUE") || !t.get(2).is("INDEX")) continue;
            for (int k = 3; k + 1 < t.size(); k++) {
                // asked last: it reads the checksum file
                if (t.get(k).is("ON") && t.get(k + 1).isName() && !created.contains(SqliteNames.key(t.get(k + 1).name()))) return !writtenByGenerate(m);
            }
        }
        return false;
    }

    /** Whether a statement of {@code m} holds one of {@link #SELECTIVE}'s words (outside strings, names and comments). */
    static boolean mayTellRowsApart(Migration m) {
        for (String sql : m.statements()) {
            List<Token> ts = SqlLexer.significant(sql);
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (t.kind() != SqlLexer.Kind.WORD || !SELECTIVE.contains(t.upper())) continue;
                // a foreign key's ON DELETE action (in every rebuild of a table holding one) and replace() the function delete nothing here
                if (t.is("DELETE") && i > 0 && ts.get(i - 1).is("ON")) continue;
                if (t.is("REPLACE") && i + 1 < ts.size() && ts.get(i + 1).isPunct("(")) continue;
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code m} does, run on a copy of the generated rows in which, in each table its statements name, one row holds NULL in
     * every nullable column and two rows share the values of every other column they may share (empty where it fails, or changes
     * nothing). The generated rows are all set and all distinct, so a copy that keeps only the rows {@code WHERE x IS NOT NULL}, an
     * inner join on a nullable reference, a {@code DELETE ... WHERE x IS NULL}, an {@code INSERT OR IGNORE} into a table with a new
     * UNIQUE index or a {@code GROUP BY} lost nothing on them, and every such row on a real database. Each value is written by an
     * UPDATE the database may refuse (a CHECK, a UNIQUE index, a trigger), the row then left as it was. {@code run} runs {@code m}
     * on the copy as the caller runs it.
     */
    static List<RowChange> changes(Replica replica, Migration m, SchemaDef schema, Function<Replica, DataCheck.Outcome> run) {
        if (!mayTellRowsApart(m) || writtenByGenerate(m)) return List.of();
        return run(replica, m, schema, run, new NullableCopies()).changes();   // a database's own tables: no backup of the replay
    }

    /**
     * The changes of {@code edge} (the run on rows holding NULL or sharing a value) of a kind, table and column {@code seen} (the run
     * on the generated rows) has none of. The generated rows showing one loss hid another: a cleanup declaring its loss on users,
     * {@code DELETE FROM users WHERE id NOT IN (SELECT user_id FROM posts) OR email IS NULL}, deletes the generated users without posts
     * (declared), and only the user holding a NULL email, who has posts, shows the cascade into posts.
     */
    static List<RowChange> beyond(List<RowChange> seen, List<RowChange> edge) {
        Set<String> shown = new HashSet<>();
        for (RowChange c : seen) shown.add(sameChange(c));
        return edge.stream().filter(c -> !shown.contains(sameChange(c))).toList();
    }

    private static String sameChange(RowChange c) {
        return c.kind() + "\u0000" + SqliteNames.key(c.table()) + "\u0000" + (c.column() == null ? "" : SqliteNames.key(c.column()));
    }

    /** What the run on such rows found: its changes, or the statement it failed at (then no changes). */
    record Result(List<RowChange> changes, DatabaseException failure) {
        static final Result NONE = new Result(List.of(), null);
    }

    /**
     * Whether a copy of {@code m} can fail on a row holding NULL or two rows sharing a value where the generated rows pass: a table
     * it creates declares a column NOT NULL that is nullable in a table of {@code schema} it names (drizzle-kit's rebuild making
     * {@code title} NOT NULL copies it without a coalesce) or UNIQUE before rows go in, or it makes a {@code CREATE UNIQUE INDEX}
     * (on a table it creates, or on one holding rows), or an {@code UPDATE} sets a NOT NULL or UNIQUE column from a column
     * ({@link #updateMayBreakAKey}), or a copy puts a nullable column into a NOT NULL one ({@link NullableCopies#copiesNullIntoNotNull}:
     * a backup's copy of a NOT NULL column, {@code copies} knows, is none).
     */
    static boolean mayFailOnEdgeRows(Migration m, SchemaDef schema, NullableCopies copies) {
        StatementText.Mentions named = new StatementText.Mentions(String.join("\n", m.statements()));
        Set<String> nullableAnywhere = new HashSet<>();
        Map<String, Set<String>> nullableIn = new HashMap<>();   // table -> its nullable columns
        for (TableDef t : schema.tables()) {
            if (!named.of(t.name())) continue;
            Set<String> own = nullableIn.computeIfAbsent(SqliteNames.key(t.name()), k -> new HashSet<>());
            for (ColumnDef c : t.columns()) {
                if (!c.notNull() && !c.primaryKey()) {
                    own.add(SqliteNames.key(c.name()));
                    nullableAnywhere.add(SqliteNames.key(c.name()));
                }
            }
        }
        if (schema.tables().stream().noneMatch(t -> named.of(t.name()))) return false;
        for (int i = 0; i < m.statements().size(); i++) {
            String sql = m.statements().get(i);
            List<Token> t = SqlLexer.significant(sql);
            if (updateMayBreakAKey(t, schema) || copies.copiesNullIntoNotNull(t, m.statements(), i, schema)) return true;
            if (t.size() < 4 || !t.get(0).is("CREATE")) continue;
            String made = StatementKind.createdTable(sql);
            if (made != null) {
                // a rebuild's __new_t is filled from t: only t's nullable columns matter (a column of that name nullable in another
                // table the migration names made every rebuild of a schema with such a column run twice)
                String key = SqliteNames.key(made);
                Set<String> nullable = key.startsWith("__new_") && nullableIn.containsKey(key.substring("__new_".length()))
                        ? nullableIn.get(key.substring("__new_".length())) : nullableAnywhere;
                // each column definition at depth 1: its name first, NOT NULL or UNIQUE in it
                int depth = 0;
                boolean first = true;
                String column = null;
                for (Token x : t) {
                    if (x.isPunct("(")) {
                        depth++;
                        continue;
                    }
                    if (x.isPunct(")")) {
                        depth--;
                        continue;
                    }
                    if (depth != 1) continue;
                    if (x.isPunct(",")) {
                        first = true;
                        continue;
                    }
                    if (first) {
                        if (x.is("UNIQUE")) return true;   // a table constraint, UNIQUE (a, b)
                        column = x.isName() ? SqliteNames.key(x.name()) : null;
                        first = false;
                        continue;
                    }
                    if (x.is("UNIQUE")) return true;
                    if (x.is("NULL") && column != null && nullable.contains(column)) return true;   // NOT NULL (a bare NULL allows it anyway)
                }
            } else if (t.get(1).is("UNIQUE") && t.get(2).is("INDEX")) {
                for (int k = 3; k + 1 < t.size(); k++) {
                    // on a table it creates (the copy into it), or on one holding rows already (two sharing the key fail it)
                    if (t.get(k).is("ON") && t.get(k + 1).isName()) return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an {@code UPDATE} sets a NOT NULL column from an expression reading another column ({@code SET name = email}), or a
     * UNIQUE one from any column ({@code SET email = lower(email)}): the generated rows (all set, all distinct) pass it, and a real
     * table holding NULL in that other column, or two values it makes one, fails it.
     */
    private static boolean updateMayBreakAKey(List<Token> t, SchemaDef schema) {
        int verb = t.isEmpty() ? -1 : WriteTarget.verb(t);
        if (verb < 0 || !t.get(verb).is("UPDATE")) return false;
        String target = WriteTarget.name(t, verb);
        TableDef table = target == null ? null : schema.tableNamed(target).orElse(null);
        if (table == null) return false;
        int k = verb;
        while (k < t.size() && !t.get(k).is("SET")) k++;
        ColumnDef column = null;
        boolean readsAnother = false;
        boolean readsAny = false;
        int depth = 0;
        for (k++; k <= t.size(); k++) {
            Token x = k < t.size() ? t.get(k) : null;
            boolean ends = x == null || depth == 0 && (x.isPunct(",") || x.is("WHERE") || x.is("FROM") || x.is("RETURNING")
                    || x.is("ORDER") || x.is("LIMIT") || x.isPunct(";"));
            if (ends) {
                if (column != null && (column.notNull() && readsAnother || unique(table, column) && readsAny)) return true;
                if (x == null || !x.isPunct(",")) return false;
                column = null;
                readsAnother = readsAny = false;
                if (k + 1 < t.size() && t.get(k + 1).isName()) {
                    column = table.columnNamed(t.get(k + 1).name()).orElse(null);
                    k++;
                }
                continue;
            }
            if (x.isPunct("(")) depth++;
            else if (x.isPunct(")")) depth--;
            else if (column == null && readsAny == false && x.isName() && k > 0 && t.get(k - 1).is("SET")) {
                column = table.columnNamed(x.name()).orElse(null);
            } else if (column != null && x.isName() && !(k + 1 < t.size() && t.get(k + 1).isPunct("("))) {
                readsAny = true;
                if (!SqliteNames.same(x.name(), column.name())) readsAnother = true;
            }
        }
        return false;
    }

    /** Whether a single-column UNIQUE index of {@code table} is on {@code column}. */
    private static boolean unique(TableDef table, ColumnDef column) {
        return table.indexes().stream().anyMatch(i -> i.unique() && i.keys().size() == 1 && !i.keys().get(0).expression()
                && SqliteNames.key(i.keys().get(0).text()).equals(SqliteNames.key(column.name())));
    }

    /**
     * Points the last row of each table referencing a table {@code m} names at that table's first row, the one given NULL in every
     * nullable column (the copy of values then gives the row before it the same): a user holding a NULL email has posts, as on a real
     * database, whichever the generator linked them to. A cleanup {@code DELETE FROM users WHERE email IS NULL} cascades into the posts
     * there; on the generated links alone it showed that only where the generator happened to link a post to that user. A reference
     * the database refuses (a trigger, a UNIQUE one) stays as generated. Whether one was written.
     */
    private static boolean childrenOfTheNullRow(Replica copy, SchemaDef schema, StatementText.Mentions named) {
        boolean changed = false;
        for (TableDef child : schema.tables()) {
            for (dev.godwit.schema.model.ForeignKeyDef fk : child.foreignKeys()) {
                if (!named.of(fk.refTable())) continue;
                TableDef parent = schema.tableNamed(fk.refTable()).orElse(null);
                List<String> refColumns = fk.refColumns().isEmpty() && parent != null ? parent.primaryKeyColumns() : fk.refColumns();
                if (parent == null || refColumns.size() != fk.columns().size() || refColumns.isEmpty()) continue;
                List<String> parents = rows(copy, parent);
                List<String> children = rows(copy, child);
                if (parents.isEmpty() || children.isEmpty()) continue;
                String sets = String.join(", ", fk.columns().stream().map(Quoting::doubleQuoted).toList());
                String values = String.join(", ", refColumns.stream().map(Quoting::doubleQuoted).toList());
                try {
                    copy.runAtomically(List.of("UPDATE " + Quoting.doubleQuoted(child.name()) + " SET (" + sets + ") = (SELECT " + values + " FROM "
                            + Quoting.doubleQuoted(parent.name()) + " WHERE " + parents.get(0) + ") WHERE " + children.get(children.size() - 1)), false);
                    changed = true;
                } catch (DatabaseException refused) {
                    // left as generated
                }
            }
        }
        return changed;
    }

    /**
     * A condition naming each row of {@code t} ({@code rowid = 3}), in their order; in a WITHOUT ROWID table, by its primary key
     * ({@code "key" IS 'a'}: those tables hold real rows as any other, a copy {@code WHERE value IS NOT NULL} loses them alike).
     * Empty where neither can be read.
     */
    static List<String> rows(Replica copy, TableDef t) {
        String tt = Quoting.doubleQuoted(t.name());
        String rowid = SqliteNames.rowidAlias(t.columnNames());   // a column named rowid hides SQLite's own
        if (rowid != null) {
            try {
                return copy.query("SELECT " + rowid + " AS k FROM " + tt + " ORDER BY " + rowid).stream()
                        .map(r -> rowid + " = " + ((Number) r.get("k")).longValue()).toList();
            } catch (DatabaseException | ClassCastException | NullPointerException withoutRowid) {
                // by its key below
            }
        }
        List<String> key = t.primaryKeyColumns();
        if (key.isEmpty()) return List.of();
        StringBuilder select = new StringBuilder("SELECT ");
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) {
                select.append(", ");
                order.append(", ");
            }
            select.append("quote(").append(Quoting.doubleQuoted(key.get(i))).append(") AS k").append(i);
            order.append(Quoting.doubleQuoted(key.get(i)));
        }
        try {
            List<String> out = new ArrayList<>();
            for (Map<String, Object> r : copy.query(select + " FROM " + tt + " ORDER BY " + order)) {
                StringBuilder where = new StringBuilder();
                for (int i = 0; i < key.size(); i++) {
                    if (i > 0) where.append(" AND ");
                    where.append(Quoting.doubleQuoted(key.get(i))).append(" IS ").append(r.get("k" + i));
                }
                out.add(where.toString());
            }
            return out;
        } catch (DatabaseException unreadable) {
            return List.of();
        }
    }

    /**
     * The value each column takes in the two rows sharing values where a partial UNIQUE index (one {@code m} creates, or one the
     * database has) covers only rows holding it, as its {@code WHERE} asks: {@code ON users (email) WHERE deleted_at IS NULL} gives
     * {@code deleted_at} NULL; {@code WHERE active = 1} (or {@code 1 = active}, {@code ==}) gives {@code active} 1, {@code status =
     * 'live'} 'live', {@code active IS TRUE} 1 ({@code IS FALSE} 0), {@code active <> 0} 1 ({@code <> 'gone'} 'gone_'), {@code status IN
     * ('live', 'new')} its first, a bare {@code WHERE active} 1; each term of an AND. A term under NOT, a range, a function, a
     * subquery or a column compared with a column is not read: the generated values stand there (all set, all distinct), which such
     * an index may not cover. The first value a column is given wins.
     */
    static Map<String, String> partialUniqueValues(Replica copy, Migration m) {
        List<String> indexes = new ArrayList<>(m.statements());
        try {
            for (Map<String, Object> row : copy.query("SELECT sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) {
                indexes.add((String) row.get("sql"));
            }
        } catch (DatabaseException unreadable) {
            // the migration's own indexes only
        }
        Map<String, String> out = new HashMap<>();
        for (String sql : indexes) {
            if (!UNIQUE_WORD.matcher(sql).find()) continue;
            List<Token> t = SqlLexer.significant(sql);
            if (t.size() < 4 || !t.get(0).is("CREATE") || !t.get(1).is("UNIQUE") || !t.get(2).is("INDEX")) continue;
            int where = -1;
            for (int k = 3; k < t.size(); k++) {
                if (t.get(k).is("WHERE")) {
                    where = k;
                    break;
                }
            }
            if (where < 0) continue;
            for (int k = where + 1; k < t.size(); k++) {
                Token x = t.get(k);
                if (!column(x) || t.get(k - 1).is("NOT")) continue;   // NOT active = 1: not read
                Token next = k + 1 < t.size() ? t.get(k + 1) : null;
                Token prev = t.get(k - 1);
                String key = SqliteNames.key(x.name());
                String value = null;
                if (next != null && next.is("IS") && k + 2 < t.size()) {
                    boolean not = t.get(k + 2).is("NOT");
                    Token what = k + (not ? 3 : 2) < t.size() ? t.get(k + (not ? 3 : 2)) : null;
                    if (what == null) continue;
                    if (what.is("NULL") && !not) value = "NULL";
                    else if (what.is("TRUE")) value = not ? "0" : "1";
                    else if (what.is("FALSE")) value = not ? "1" : "0";
                } else if (next != null && (next.isPunct("=") || next.isPunct("=="))) {
                    value = literal(t, k + 2);
                } else if (next != null && (next.isPunct("<>") || next.isPunct("!="))) {
                    String lit = literal(t, k + 2);
                    if (lit != null && !lit.equals("NULL")) value = t.get(k + 2).kind() == SqlLexer.Kind.STRING ? lit + " || '_'" : "(" + lit + ") + 1";
                } else if (next != null && next.is("IN") && k + 3 < t.size() && t.get(k + 2).isPunct("(")) {
                    value = literal(t, k + 3);
                } else if ((prev.is("WHERE") || prev.is("AND") || prev.isPunct("("))
                        && (next == null || next.is("AND") || next.isPunct(")") || next.isPunct(";"))) {
                    value = "1";   // WHERE active: a true value
                } else if ((prev.isPunct("=") || prev.isPunct("==")) && k >= 3 && (t.get(k - 3).is("WHERE") || t.get(k - 3).is("AND")
                        || t.get(k - 3).isPunct("(")) && endsTerm(next)) {
                    value = literal(t.subList(0, k - 1), k - 2);   // 1 = active: the literal ends where the = stands
                }
                if (value != null) out.putIfAbsent(key, value);
            }
        }
        return out;
    }

    /** A column's name in an index's WHERE: a bare word that is no keyword SQLite reads there, or a quoted identifier. */
    private static boolean column(Token x) {
        if (x.kind() == SqlLexer.Kind.QUOTED) return true;
        return x.kind() == SqlLexer.Kind.WORD && !Set.of("AND", "OR", "NOT", "IS", "NULL", "IN", "TRUE", "FALSE", "WHERE", "LIKE", "GLOB",
                "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END", "EXISTS", "SELECT", "CAST", "COLLATE", "ESCAPE").contains(x.upper());
    }

    /** The literal at {@code k} as SQL ({@code 'live'}, {@code 1}, {@code -1}, TRUE as 1), or null. */
    private static String literal(List<Token> t, int k) {
        if (k >= t.size()) return null;
        Token x = t.get(k);
        Token after = k + 1 < t.size() ? t.get(k + 1) : null;
        // only a literal standing alone: not 1 + x, 'a' || b, a function's argument
        if (x.isPunct("-") && after != null && after.kind() == SqlLexer.Kind.NUMBER) {
            Token then = k + 2 < t.size() ? t.get(k + 2) : null;
            return endsTerm(then) ? "-" + after.text() : null;
        }
        if (!endsTerm(after)) return null;
        if (x.kind() == SqlLexer.Kind.STRING || x.kind() == SqlLexer.Kind.NUMBER) return x.text();
        if (x.is("TRUE")) return "1";
        if (x.is("FALSE")) return "0";
        if (x.is("NULL")) return "NULL";
        return null;
    }

    private static boolean endsTerm(Token x) {
        return x == null || x.is("AND") || x.is("OR") || x.isPunct(")") || x.isPunct(",") || x.isPunct(";");
    }

    /**
     * As {@link #changes}, also where a copy may fail on such rows ({@link #mayFailOnEdgeRows}), and with the failure when the run
     * fails: db:verify's replay warns of a NOT NULL or UNIQUE constraint a copy breaks there. {@code copies} knows the backups'
     * columns that hold no NULL though declared nullable, or no value twice though declared no key ({@code CREATE TABLE b AS
     * SELECT ...} of a NOT NULL column, of a primary key): those are given no NULL, or no shared value, as the database's backup
     * holds none.
     */
    static Result run(Replica replica, Migration m, SchemaDef schema, Function<Replica, DataCheck.Outcome> run, NullableCopies copies) {
        if (!mayTellRowsApart(m) && !mayFailOnEdgeRows(m, schema, copies) || writtenByGenerate(m)) return Result.NONE;   // the file read last
        StatementText.Mentions named = new StatementText.Mentions(String.join("\n", m.statements()));
        try (Replica copy = replica.twin()) {
            Map<String, String> pairValues = partialUniqueValues(copy, m);
            boolean changed = childrenOfTheNullRow(copy, schema, named);
            for (TableDef t : schema.tables()) {
                if (!named.of(t.name())) continue;
                String tt = Quoting.doubleQuoted(t.name());
                List<String> ids = rows(copy, t);   // each row's WHERE condition
                if (ids.size() < 2) continue;
                for (ColumnDef c : t.columns()) {
                    if (c.generated() != null || c.primaryKey() || t.primaryKeyColumns().stream().anyMatch(k -> SqliteNames.key(k).equals(SqliteNames.key(c.name())))) continue;
                    String cc = Quoting.doubleQuoted(c.name());
                    // each a list of alternatives, the first the database takes written
                    List<List<String>> writes = new ArrayList<>();
                    // a backup's copy of a key holds no value twice, whatever the backup declares (NullableCopies)
                    if (ids.size() >= 3 && !copies.holdsDistinct(t.name(), c.name())) {
                        String other = "(SELECT " + cc + " FROM " + tt + " WHERE " + ids.get(2) + ")";
                        // a UNIQUE column refuses the same value: then one differing only in letter case, which a column made COLLATE
                        // NOCASE (or a key compared on lower(email)) takes for the same (an INSERT OR IGNORE into it leaves the row behind)
                        // a partial UNIQUE index WHERE deleted_at IS NULL (the soft-delete pattern), WHERE active = 1, WHERE status = 'live'
                        // covers only the rows holding that value there: the two rows sharing values hold it too, or no such index ever
                        // sees them collide
                        String asked = pairValues.get(SqliteNames.key(c.name()));
                        if (asked != null && !(asked.equals("NULL") && c.notNull())) {
                            writes.add(List.of("UPDATE " + tt + " SET " + cc + " = " + asked + " WHERE " + ids.get(1) + " OR " + ids.get(2)));
                        } else
                        writes.add(List.of("UPDATE " + tt + " SET " + cc + " = " + other + " WHERE " + ids.get(1),
                                "UPDATE " + tt + " SET " + cc + " = upper(" + other + ") WHERE " + ids.get(1)
                                        + " AND typeof(" + other + ") = 'text' AND upper(" + other + ") <> " + other));
                    }
                    // NULL in the first row, or where a CHECK wants one of its columns set (a IS NOT NULL OR b IS NOT NULL) and the first
                    // row's other one is NULL now, in the last (the pair sharing values then shares this column no longer); where it wants
                    // exactly one set ((post_id IS NULL) <> (comment_id IS NULL)), the generator set the same one in every row: the last
                    // row then gets the other one set, from its parent's first row or to this column's value, as this one goes NULL
                    if (!c.notNull() && !copies.holdsNoNull(t.name(), c.name())) {
                        String last = ids.get(ids.size() - 1);   // a table the generator gave two rows has no third
                        List<String> nulls = new ArrayList<>(List.of("UPDATE " + tt + " SET " + cc + " = NULL WHERE " + ids.get(0),
                                "UPDATE " + tt + " SET " + cc + " = NULL WHERE " + last));
                        for (ColumnDef d : t.columns()) {
                            if (d == c || d.notNull() || d.generated() != null || d.primaryKey()) continue;
                            String dd = Quoting.doubleQuoted(d.name());
                            String value = cc;
                            for (dev.godwit.schema.model.ForeignKeyDef fk : t.foreignKeys()) {
                                if (fk.columns().size() == 1 && SqliteNames.same(fk.columns().get(0), d.name()) && fk.refColumns().size() == 1) {
                                    value = "(SELECT " + Quoting.doubleQuoted(fk.refColumns().get(0)) + " FROM " + Quoting.doubleQuoted(fk.refTable()) + " WHERE "
                                            + Quoting.doubleQuoted(fk.refColumns().get(0)) + " IS NOT NULL LIMIT 1)";
                                }
                            }
                            nulls.add("UPDATE " + tt + " SET " + cc + " = NULL, " + dd + " = " + value + " WHERE " + last);
                        }
                        writes.add(nulls);
                    }
                    for (List<String> alternatives : writes) {
                        for (String sql : alternatives) {
                            try {
                                copy.runAtomically(List.of(sql), false);
                                changed = true;
                                break;
                            } catch (DatabaseException refused) {
                                // left as generated
                            }
                        }
                    }
                }
            }
            if (!changed) return Result.NONE;
            DataCheck.Outcome o = run.apply(copy);
            return o.failure() != null ? new Result(List.of(), o.failure()) : new Result(o.changes(), null);
        } catch (DatabaseException e) {
            return Result.NONE;   // a check on top of the replay, which it cannot fail
        }
    }

}
