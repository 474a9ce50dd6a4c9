package dev.godwit.engine.daemon;

import dev.godwit.engine.diff.Change;
import dev.godwit.engine.generate.GenerateResult;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a front end says after {@code db:generate}, the same whether it ran in the daemon or in the caller's JVM.
 *
 * @param written      whether a migration was written (false: no changes)
 * @param sqlFile      the migration's SQL file, or null
 * @param sql          its SQL, or null
 * @param warnings     warnings to show
 * @param losses       the destructive changes it makes, described
 * @param explained    where its SQL rebuilds tables, the changes that call for it, described (a rebuild's dozen statements do not
 *                     say what changed: a default, a CHECK, a foreign key's action), then the tables rebuilt for their foreign
 *                     keys alone; not the changes ALTER TABLE makes (an ADD COLUMN elsewhere, a CREATE INDEX); empty otherwise
 * @param filesWritten the files written in the folder
 * @param filesRemoved the files removed from it
 * @param schemaMillis how long the schema took to load on its own thread (0: one kept from the same inputs)
 */
public record GenerateReport(boolean written, Path sqlFile, String sql, List<String> warnings, List<String> losses, List<String> explained,
                             List<Path> filesWritten, List<Path> filesRemoved, long schemaMillis) implements Reply {

    public GenerateReport {
        warnings = List.copyOf(warnings);
        losses = List.copyOf(losses);
        explained = List.copyOf(explained);
        filesWritten = List.copyOf(filesWritten);
        filesRemoved = List.copyOf(filesRemoved);
    }

    public static GenerateReport of(GenerateResult r, long schemaMillis) {
        return new GenerateReport(r.written(), r.sqlFile(), r.sql(), r.warnings(),
                r.changes().stream().filter(Change::destructive).map(Change::describe).toList(),
                r.rebuilds(), r.filesWritten(), r.filesRemoved(), schemaMillis);
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeBoolean(written);
        Wire.string(out, sqlFile == null ? null : sqlFile.toString());
        Wire.string(out, sql);
        Wire.strings(out, warnings);
        Wire.strings(out, losses);
        Wire.strings(out, explained);
        Wire.strings(out, filesWritten.stream().map(Path::toString).toList());
        Wire.strings(out, filesRemoved.stream().map(Path::toString).toList());
        out.writeLong(schemaMillis);
    }

    static GenerateReport read(DataInputStream in) throws IOException {
        boolean written = in.readBoolean();
        String sqlFile = Wire.string(in);
        return new GenerateReport(written, sqlFile == null ? null : Path.of(sqlFile), Wire.string(in), Wire.strings(in), Wire.strings(in),
                Wire.strings(in), Wire.strings(in).stream().map(Path::of).toList(), Wire.strings(in).stream().map(Path::of).toList(), in.readLong());
    }
}
