package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import java.util.List;

/**
 * Generated rows as real tables hold them too: one holding NULL where a column allows it, two sharing a value. db:verify's replay
 * and the pre-flight of a remote D1 database (whose rows are generated) run a migration on such rows where the generated ones
 * showed nothing.
 */
final class EdgeRows {

    /** After "replaying 0001_x.sql" or "0001_x.sql": why a loss shows only on these rows. */
    static final String NOTE = " removes or rewrites rows only where one row holds NULL in every nullable column of the tables it names"
            + " and two rows share the values of their other columns (the generated rows are otherwise all set and all distinct); a"
            + " database holding such rows, as most do, loses them as said";

    /**
     * The words without which a statement keeps rows holding NULL or sharing a value as it keeps the others: a filter, a join, a
     * grouping or set operation, a conflict clause, a delete. A rebuild as db:generate writes it ({@code INSERT INTO __new_t
     * SELECT ... FROM t}, a coalesce for a column made NOT NULL) has none, so the second run is spent only where it can find something.
     */
    private static final java.util.Set<String> SELECTIVE = java.util.Set.of("WHERE", "JOIN", "GROUP", "HAVING", "DISTINCT", "UNION",
            "INTERSECT", "EXCEPT", "LIMIT", "IGNORE", "REPLACE", "DELETE");

    private EdgeRows() {
    }

    /** Whether a statement of {@code m} holds one of {@link #SELECTIVE}'s words (outside strings, names and comments). */
    static boolean mayTellRowsApart(Migration m) {
        for (String sql : m.statements()) {
            for (dev.godwit.engine.sql.SqlLexer.Token t : dev.godwit.engine.sql.SqlLexer.significant(sql)) {
                if (t.kind() == dev.godwit.engine.sql.SqlLexer.Kind.WORD && SELECTIVE.contains(t.upper())) return true;
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
    static List<RowChange> changes(Replica replica, Migration m, dev.godwit.schema.model.SchemaDef schema, java.util.function.Function<Replica, DataCheck.Outcome> run) {
        if (!mayTellRowsApart(m)) return List.of();
        StatementText.Mentions named = new StatementText.Mentions(String.join("\n", m.statements()));
        try (Replica copy = replica.twin()) {
            boolean changed = false;
            for (dev.godwit.schema.model.TableDef t : schema.tables()) {
                if (!named.of(t.name())) continue;
                String rowid = SqliteNames.rowidAlias(t.columnNames());
                if (rowid == null) continue;
                String tt = Quoting.doubleQuoted(t.name());
                List<Long> ids;
                try {
                    ids = copy.query("SELECT " + rowid + " AS k FROM " + tt + " ORDER BY " + rowid).stream()
                            .map(r -> ((Number) r.get("k")).longValue()).toList();
                } catch (DatabaseException | ClassCastException | NullPointerException withoutRowid) {
                    continue;
                }
                if (ids.size() < 2) continue;
                for (dev.godwit.schema.model.ColumnDef c : t.columns()) {
                    if (c.generated() != null || c.primaryKey() || t.primaryKeyColumns().stream().anyMatch(k -> SqliteNames.key(k).equals(SqliteNames.key(c.name())))) continue;
                    String cc = Quoting.doubleQuoted(c.name());
                    List<String> writes = new java.util.ArrayList<>();
                    if (ids.size() >= 3) writes.add("UPDATE " + tt + " SET " + cc + " = (SELECT " + cc + " FROM " + tt + " WHERE " + rowid + " = " + ids.get(2)
                            + ") WHERE " + rowid + " = " + ids.get(1));
                    if (!c.notNull()) writes.add("UPDATE " + tt + " SET " + cc + " = NULL WHERE " + rowid + " = " + ids.get(0));
                    for (String sql : writes) {
                        try {
                            copy.runAtomically(List.of(sql), false);
                            changed = true;
                        } catch (DatabaseException refused) {
                            // left as generated
                        }
                    }
                }
            }
            if (!changed) return List.of();
            DataCheck.Outcome o = run.apply(copy);
            return o.failure() != null ? List.of() : o.changes();
        } catch (DatabaseException e) {
            return List.of();   // a check on top of the replay, which it cannot fail
        }
    }

}
