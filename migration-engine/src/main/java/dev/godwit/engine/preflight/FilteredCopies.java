package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SelectParts;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Of a column the migration drops, the values its copies left behind: {@code INSERT INTO profiles (user_id, phone) SELECT id, phone
 * FROM users WHERE phone LIKE '+%'} then {@code ALTER TABLE users DROP COLUMN phone} was summed up as "they drop the column
 * users.phone (4 values)", though only 2 of them went to profiles. Counted on the table's snapshot from before the migration: the
 * rows holding a value there that no copy reading the column from that table selects.
 */
final class FilteredCopies {

    private FilteredCopies() {
    }

    /**
     * What the copies of {@code column} (of {@code table}, its rows in {@code snapshot}) left behind, "2 of them copied nowhere, left
     * out by the WHERE of 0002_x.sql statement 2"; null where no statement copies it with a WHERE, one copies it without, or none
     * is left out.
     */
    static String leftOut(Replica r, String fileName, List<String> statements, String table, String column, String snapshot) {
        List<String> wheres = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        String alias = null;
        List<String[]> renames = StatementText.tableRenames(statements);
        for (int i = 0; i < statements.size(); i++) {
            Copy c = copy(statements.get(i), table);
            if (c == null || !StatementText.mentions(c.selected(), column) && !c.star()) continue;   // SELECT * too
            // into a table the migration drops again (a scratch table): nothing it copied stays
            if (r.query("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", StatementText.nameAfter(renames, c.target())).isEmpty()) continue;
            if (c.where() == null) return null;   // every row's value copied
            if (alias != null && !alias.equals(c.alias())) return null;   // two readings of the rows: not joined here
            alias = c.alias();
            wheres.add("coalesce((" + c.where() + "), 0)");
            at.add(i + 1);
        }
        if (wheres.isEmpty()) return null;
        String q = Quoting.doubleQuoted(column);
        long n;
        try {
            n = r.count("SELECT count(*) FROM temp." + snapshot + " AS " + Quoting.doubleQuoted(alias) + " WHERE " + Quoting.doubleQuoted(alias) + "." + q
                    + " IS NOT NULL AND NOT (" + String.join(" OR ", wheres) + ")");
        } catch (DatabaseException notReadHere) {   // a WHERE reading what the snapshot lacks: not said
            return null;
        }
        if (n == 0) return null;
        return n + " of them copied nowhere, left out by the WHERE of " + fileName + (at.size() == 1 ? " statement " + at.get(0)
                : " statements " + String.join(", ", at.stream().map(String::valueOf).toList()));
    }

    /**
     * An {@code INSERT ... SELECT} reading one table alone: its SELECT list's text, whether that list holds {@code *} or {@code t.*}
     * (not a product's {@code *}), the name its rows go by, its WHERE (null: none), the table it writes.
     */
    private record Copy(String selected, boolean star, String alias, String where, String target) {
    }

    private static Copy copy(String statement, String table) {
        CopyStatement copy = CopyStatement.of(statement);
        SelectParts s = copy == null ? null : copy.select();
        if (s == null || s.compound() || s.joined()) return null;
        List<SqlLexer.Token> t = copy.t();
        int name = WriteTarget.nameIndex(t, s.from() + 1);
        if (!t.get(name).isName() || !SqliteNames.same(t.get(name).name(), table)) return null;
        int next = name + 1;
        int fromEnd = s.fromEnd();
        String alias = t.get(name).name();
        if (next < fromEnd && t.get(next).is("AS") && next + 1 < fromEnd) alias = t.get(next + 1).name();
        else if (next < fromEnd && (t.get(next).kind() == SqlLexer.Kind.WORD || t.get(next).kind() == SqlLexer.Kind.QUOTED)) alias = t.get(next).name();
        String selected = copy.text(copy.list().end(), s.from() - 1);
        int where = s.where();
        String condition = where < 0 ? null : where + 1 >= s.tail() ? "1" : copy.text(where + 1, s.tail() - 1);
        return new Copy(selected, s.star(t), alias, condition, copy.target());
    }
}
