package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Columns a migration drops that the migrations never knew: the table is in the snapshot before the migration, but without that
 * column (added by hand on production, a hotfix, a db:baseline -Ddb.force over a database with an extra column). A generated rebuild
 * copies the columns of the snapshot before it and no other, so such a column goes with its values, though no migration declared
 * its drop; a column the snapshot has (a drop db:generate wrote) is not one of them.
 */
final class UnknownColumns {

    private UnknownColumns() {
    }

    /**
     * The keys ({@code "t"."c"}, as {@link DataCheck.Outcome#droppedColumns} gives them) of {@code dropped} that the snapshot
     * before {@code m} has the table of but not the column; empty where there is no such snapshot (the first migration,
     * wrangler's layout, a file that cannot be read).
     */
    static Set<String> of(Migration m, Set<String> dropped) {
        Set<String> out = new HashSet<>();
        if (dropped.isEmpty()) return out;
        SchemaDef before = snapshotBefore(m);
        if (before == null) return out;
        Set<String> tables = new HashSet<>();
        Set<String> columns = new HashSet<>();
        // a drop is keyed by the table's name after the migration: a table it renames is known under both names (we"ird renamed
        // to "mIXED cASE" while "Mixed Case" went to t219: we"ird's columns were taken for unknown ones of "Mixed Case", fz1132n_47)
        List<String[]> renames = StatementText.tableRenames(m.statements());
        for (TableDef t : before.tables()) {
            for (String name : List.of(t.name(), StatementText.nameAfter(renames, t.name()))) {
                String table = Quoting.doubleQuoted(SqliteNames.key(name)) + ".";
                tables.add(table);
                for (ColumnDef c : t.columns()) columns.add(table + Quoting.doubleQuoted(SqliteNames.key(c.name())));
            }
        }
        for (String key : dropped) {
            String folded = SqliteNames.key(key);
            int dot = folded.lastIndexOf("\".\"");
            if (dot < 0) continue;
            String table = folded.substring(0, dot + 2);
            if (tables.contains(table) && !columns.contains(folded)) out.add(key);
        }
        return out;
    }

    private static SchemaDef snapshotBefore(Migration m) {
        try {
            Path dir = m.file().toAbsolutePath().getParent();
            if (dir == null) return null;
            MigrationsFolder folder = MigrationsFolder.at(dir);
            if (!Files.isRegularFile(folder.journalFile())) return null;
            List<JournalEntry> entries = folder.readJournal().entries();
            String previous = null;
            for (JournalEntry e : entries) {
                if (e.tag().equals(m.tag())) break;
                previous = e.tag();
            }
            if (previous == null) return null;
            Path file = folder.snapshotFile(previous);
            return Files.isRegularFile(file) ? folder.readSnapshot(file).schema() : null;
        } catch (RuntimeException unreadable) {
            return null;   // a snapshot this cannot read: the summary names the drop as before
        }
    }
}
