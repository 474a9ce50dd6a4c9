package dev.godwit.engine.folder;

import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a migration can say it means to lose rows, which depends on who wrote it. A hand-written one (db:generate -Ddb.custom,
 * drizzle-kit's) takes the declaration line as it is. A generated one has its checksum in {@code meta/_sums/}, so adding
 * the line is an edit that db:verify refuses until db:repair records it: the hint has to say so, or it leads into a wall.
 */
public final class LossDeclaration {

    private LossDeclaration() {
    }

    /** Whether db:generate wrote the migration: {@code meta/_sums/} holds its checksum (custom and drizzle-kit migrations have none). */
    public static boolean generated(Migration m) {
        Path dir = m.file().toAbsolutePath().getParent();
        return dir != null && MigrationsFolder.at(dir).readSum(m.entry()) != null;
    }

    /**
     * Whether the migration is, to the byte, what db:generate wrote: its checksum in {@code meta/_sums/} matches the SQL and no
     * edit was recorded there by db:repair. What db:generate asked to acknowledge (-Ddb.acceptDataLoss) holds only for that text:
     * a generated file edited by hand since (its checksum no longer matches, which only db:verify refuses) or an edit db:repair
     * recorded may do what db:generate never asked about.
     */
    public static boolean generatedAsWritten(Migration m) {
        Path dir = m.file().toAbsolutePath().getParent();
        if (dir == null) return false;
        MigrationsFolder folder = MigrationsFolder.at(dir);
        String sum = folder.readSum(m.entry());
        return sum != null && m.recordedBy(sum) && !folder.sumRecordsAnEdit(m.tag());   // as db:verify compares it
    }

    /**
     * Whether the migration's snapshot and the one before it show the type change db:generate refuses without -Ddb.acceptDataLoss
     * for this column (its name after the migration): to REAL from INTEGER or NUMERIC ({@code rounding}), else to INTEGER, REAL or
     * NUMERIC from TEXT or BLOB (Change.AlterColumn#rewritesValues). A checksum file cannot vouch for that alone: db:repair re-recorded
     * edits without the {@link MigrationsFolder#EDITED} mark before it had one, and such a file matches the edited SQL. False
     * where a snapshot is missing or unreadable, or the column is not found in both.
     */
    public static boolean retypedBySnapshots(Migration m, String table, String column, boolean rounding) {
        Path dir = m.file().toAbsolutePath().getParent();
        if (dir == null || table == null || column == null) return false;
        try {
            Snapshot[] pair = snapshotPair(m, dir);
            if (pair.length == 0) return false;
            Snapshot now = pair[0];
            Snapshot then = pair[1];
            ColumnDef after = column(now.schema(), table, column);
            if (after == null) return false;
            String oldTable = table;
            for (Map.Entry<String, String> r : now.renamedTables().entrySet()) if (SqliteNames.key(r.getValue()).equals(SqliteNames.key(table))) oldTable = r.getKey();
            String oldColumn = column;
            // the pair is read by the table it names (drizzle-kit writes "we"ird"."c22" unescaped; fz239x_17): the table's
            // name now (drizzle-kit's form) or before (earlier Godwit builds)
            String[] tableNames = {nameIn(now.schema(), table), oldTable};
            for (Map.Entry<String, String> r : now.renamedColumns().entrySet()) {
                for (String named : tableNames) {
                    String to = SnapshotCodec.columnOf(named, r.getValue());
                    String from = SnapshotCodec.columnOf(named, r.getKey());
                    if (to != null && from != null && SqliteNames.key(to).equals(SqliteNames.key(column))) oldColumn = from;
                }
            }
            ColumnDef before = column(then.schema(), oldTable, oldColumn);
            if (before == null) return false;
            Affinity from = before.affinity();
            Affinity to = after.affinity();
            if (rounding) return to == Affinity.REAL && (from == Affinity.INTEGER || from == Affinity.NUMERIC);
            return (to == Affinity.INTEGER || to == Affinity.REAL || to == Affinity.NUMERIC) && (from == Affinity.TEXT || from == Affinity.BLOB);
        } catch (RuntimeException unreadable) {
            return false;   // not shown: the change is refused like any other, with its way out
        }
    }

    /**
     * The migration's snapshot and the one before it, read once per migration (a replay that retypes 25 columns asks 25 times, and
     * a snapshot of 500 tables takes milliseconds to read); {} for a first migration or a missing snapshot. An unreadable one throws,
     * and is tried again on the next question.
     */
    private static Snapshot[] snapshotPair(Migration m, Path dir) {
        Snapshot[] pair = m.snapshotPair;
        if (pair != null) return pair;
        MigrationsFolder folder = MigrationsFolder.at(dir);
        String before = m.tagBefore != null ? m.tagBefore : tagBefore(folder.readJournal().entries(), m.tag());
        Path nowFile = folder.snapshotFile(m.tag());
        Path thenFile = before.isEmpty() ? null : folder.snapshotFile(before);
        if (before.isEmpty() || !Files.isRegularFile(nowFile) || !Files.isRegularFile(thenFile)) pair = new Snapshot[0];   // a first migration creates its tables: nothing retyped
        else pair = new Snapshot[] {folder.readSnapshot(nowFile), folder.readSnapshot(thenFile)};
        return m.snapshotPair = pair;
    }

    /** The tag of the entry before {@code tag}'s last in {@code entries}; "" where it is the first or not there. */
    private static String tagBefore(List<JournalEntry> entries, String tag) {
        int at = -1;
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).tag().equals(tag)) at = i;
        return at < 1 ? "" : entries.get(at - 1).tag();
    }

    /** The table's name as {@code schema} spells it (SQLite's names ignore ASCII case). */
    private static String nameIn(SchemaDef schema, String table) {
        return schema.tableNamed(table).map(TableDef::name).orElse(table);
    }

    private static ColumnDef column(SchemaDef schema, String table, String column) {
        return schema.tableNamed(table).flatMap(t -> t.columnNamed(column)).orElse(null);
    }

    /**
     * The way on for a generated migration whose loss is intended: add {@code line} and record that edit with {@code repair},
     * the db:repair command for the database that refused it. E.g. {@code 0001_x.sql was written by db:generate and
     * meta/_sums/0001_x.sha256 holds its checksum: if it means to remove those rows, add the line -- godwit:accept-data-loss
     * orders to it and record that edit with mvn db:repair -Dlocal (db:verify refuses a generated migration edited without it)}.
     */
    public static String forGenerated(Migration m, String line, String repair) {
        return m.fileName() + " was written by db:generate and meta/_sums/" + m.tag() + ".sha256 holds its checksum: if it means to remove"
                + " those rows, add the line " + line + " to it and record that edit with " + repair + " (db:verify refuses a generated"
                + " migration edited without it)";
    }
}
