package dev.godwit.engine.folder;

import java.nio.file.Path;

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
