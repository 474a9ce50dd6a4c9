package dev.godwit.engine.folder;

import dev.godwit.engine.sql.SqlSplitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A migration as the journal lists it, with the exact text of its SQL file. A value like a record; a class so that its
 * statements are split once (the checks before an apply look at every statement, each by index).
 */
public final class Migration {
    private final JournalEntry entry;
    private final Path file;
    private final String sql;
    private final String shownFile;   // how messages name the file, as its folder shows it; null: made without a folder
    private List<String> statements;   // split on first use; immutable, so a race only splits twice
    private List<List<String>> chunks;   // the same, per part between breakpoints; the same race
    private boolean asWrangler;   // split as wrangler runs the file: SQL alone, the breakpoint markers being comments to it
    private final String[] lineEndingHashes = new String[12];   // the same for the hashes a history row may hold (see #recordedBy)
    /** Its snapshot and the one before, read once for {@link LossDeclaration#retypedBySnapshots} (asked once per changed column); {} where there are none. */
    volatile Snapshot[] snapshotPair;
    /**
     * The tag of the journal entry before it, "" for the first, as {@link MigrationsFolder#migrations} read the journal; null where
     * it was made otherwise. {@link LossDeclaration#retypedBySnapshots} read the whole journal again per migration for it, which
     * made a long history's db:verify grow with the square of its length.
     */
    String tagBefore;
    /**
     * Its checksum file's {@link MigrationsFolder#REBASED_FROM} fields (a list), or why they could not be read (a RuntimeException),
     * read once for {@link #rebasedFrom}: Migrator.regenerated asks for every migration for each history row the folder lacks, and
     * renumbered, ranBetween and the status lines ask again for the same rows.
     */
    private volatile Object rebasedFrom;

    public Migration(JournalEntry entry, Path file, String sql) {
        this(entry, file, sql, null);
    }

    /** @param shownFile how messages name the file ({@link MigrationsFolder#relative}: from where mvn runs, or absolute) */
    public Migration(JournalEntry entry, Path file, String sql, String shownFile) {
        this.entry = entry;
        this.file = file;
        this.sql = sql;
        this.shownFile = shownFile;
    }

    /**
     * {@link MigrationsFolder#rebasedFrom} of this migration, from its file's folder, read on first use and kept (a Migration is one
     * reading of the folder); empty without a file. An unreadable checksum file throws each time, as the read did.
     */
    public List<MigrationsFolder.RebasedFrom> rebasedFrom() {
        Object r = rebasedFrom;
        if (r == null) {
            try {
                r = file == null || file.getParent() == null ? List.of() : List.copyOf(MigrationsFolder.at(file.getParent()).rebasedFrom(tag()));
            } catch (RuntimeException unreadable) {
                r = unreadable;
            }
            rebasedFrom = r;
        }
        if (r instanceof RuntimeException e) throw e;
        @SuppressWarnings("unchecked")
        List<MigrationsFolder.RebasedFrom> fields = (List<MigrationsFolder.RebasedFrom>) r;
        return fields;
    }

    public JournalEntry entry() {
        return entry;
    }

    public Path file() {
        return file;
    }

    public String sql() {
        return sql;
    }

    /** The file as messages name it, a path that opens it where mvn runs; made without a folder, {@code <folder name>/<file>}. */
    public String shownFile() {
        if (shownFile != null) return shownFile;
        Path dir = file.getParent();
        return (dir == null || dir.getFileName() == null ? "" : dir.getFileName() + "/") + file.getFileName();
    }

    public String tag() {
        return entry.tag();
    }

    public long when() {
        return entry.when();
    }

    /** The file name, e.g. {@code 0003_add_users.sql}: what wrangler's d1_migrations records. */
    public String fileName() {
        return entry.tag() + ".sql";
    }

    /**
     * sha256 of the file exactly as stored: what drizzle-orm's migrator records. A file mixing CRLF and LF (lines added to an LF
     * file by an editor on Windows, or db:generate's before it wrote triggers kept around a rebuild with LF) is hashed with LF line
     * ends instead: git checks it out with one kind throughout, and {@link #recordedBy} finds the hash of either, where the hash
     * of the mixed text matched no checkout (db:status read the migration EDITED on the next machine).
     */
    public String hash() {
        return recordedHash(sql);
    }

    /** What {@link #hash} records for a file of text {@code sql} (db:rebase keeps it for the old SQL it regenerates). */
    public static String recordedHash(String sql) {
        return Checksums.sha256Hex(mixesLineEnds(sql) ? sql.replace("\r\n", "\n") : sql);
    }

    /** Whether {@code text} has a CRLF and a bare LF. */
    private static boolean mixesLineEnds(String text) {
        boolean crlf = false;
        boolean lf = false;
        // one pass, no copy of the file's text (hash() is asked for every migration, the history's check and the fleet's report among them)
        for (int i = text.indexOf('\n'); i >= 0 && !(crlf && lf); i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') crlf = true;
            else lf = true;
        }
        return crlf && lf;
    }

    /**
     * Whether the checksum file that records the file name {@code recorded} (null: it records none) was written for this migration
     * under another name: the file renamed since, with its journal tag and checksum file.
     */
    public boolean renamedSince(String recorded) {
        return recorded != null && !recorded.equals(fileName());
    }

    /**
     * Whether a history row's hash records this file: as written, or with other line endings (a checkout on another system), or
     * with or without a byte order mark before it (a Windows editor's save puts one there, or takes it away; SQLite, and so
     * drizzle-orm's migrator, runs the file alike either way, and Flyway's checksum leaves the mark out too), and with or without
     * the line end after its last line (an editor's trim or "insert final newline").
     * The file as written is hashed first and the others only when it does not match, each at most once: SHA-256 is
     * interpreted in a fresh JVM, about 50 ms for a 300 KB file.
     */
    public boolean recordedBy(String storedHash) {
        if (storedHash == null) return false;
        String wanted = Checksums.normalized(storedHash);
        for (int variant = 0; variant < lineEndingHashes.length; variant++) {
            if (lineEndingHash(variant).equals(wanted)) return true;
        }
        return false;
    }

    private static final String BOM = "\uFEFF";

    /**
     * 0: the file as written, 1: with LF line ends, 2: with CRLF; 3 to 5: the same with the byte order mark the file lacks (or
     * without the one it has); 6 to 11: those with the line end after the last line taken away, or added where there is none
     * (an editor's "insert final newline" or "trim" setting: SQLite runs the file alike); a variant that is the same text as one
     * before shares its hash.
     */
    private String lineEndingHash(int variant) {
        String h = lineEndingHashes[variant];
        if (h != null) return h;
        if (variant >= 6) return lineEndingHashes[variant] = Checksums.sha256Hex(finalLineEndToggled(variant - 6));
        String written = bomVariant(variant);
        int ends = variant % 3;
        String text = withLineEnds(written, ends);
        if (ends > 0 && text.equals(written)) h = lineEndingHash(variant - ends);
        else if (ends == 2 && written.indexOf('\n') < 0) h = lineEndingHash(variant - 1);   // no line end at all: CRLF is LF
        else h = Checksums.sha256Hex(text);
        return lineEndingHashes[variant] = h;
    }

    /** Variant {@code base}'s text (0 to 5 of {@link #lineEndingHash}) without its final line end, or with one (as its other lines end). */
    private String finalLineEndToggled(int base) {
        String written = bomVariant(base);
        int ends = base % 3;
        String text = withLineEnds(written, ends);
        if (text.endsWith("\r\n")) return text.substring(0, text.length() - 2);
        if (text.endsWith("\n")) return text.substring(0, text.length() - 1);
        return text + (ends == 2 || ends == 0 && written.contains("\r\n") ? "\r\n" : "\n");
    }

    /** The file as written (variants 0 to 2), or with the byte order mark it lacks, or without the one it has (3 to 5). */
    private String bomVariant(int variant) {
        return variant < 3 ? sql : sql.startsWith(BOM) ? sql.substring(1) : BOM + sql;
    }

    /** {@code text} as written (0), with LF line ends (1) or with CRLF (2). */
    private static String withLineEnds(String text, int ends) {
        if (ends == 0) return text;
        String lf = text.replace("\r\n", "\n");
        return ends == 1 ? lf : lf.replace("\n", "\r\n");
    }

    /**
     * The statements to execute, split on breakpoints and, inside a chunk, on complete statements, as drizzle-orm's migrator
     * cuts the file (or, {@link #asWranglerRuns}, on complete statements alone); comments-only chunks dropped.
     */
    public List<String> statements() {
        List<String> s = statements;
        if (s == null) {
            if (asWrangler) {
                s = List.copyOf(SqlSplitter.split(sql));
            } else {
                List<String> all = new java.util.ArrayList<>();
                for (List<String> part : chunks()) all.addAll(part);
                s = List.copyOf(all);
            }
            statements = s;
        }
        return s;
    }

    /**
     * The file's statements per part between breakpoints, as drizzle-orm's migrator cuts it ({@link SqlSplitter#chunks}), also for a
     * migration read as wrangler runs it. Cut once: the statements and the checks of the parts (db:verify, db:apply) read the same
     * cut (a 500-table migration, 300K characters, lexed twice was 4% of its db:verify).
     */
    public List<List<String>> chunks() {
        List<List<String>> c = chunks;
        if (c == null) {
            List<List<String>> out = new java.util.ArrayList<>();
            for (List<String> part : SqlSplitter.chunks(sql)) out.add(List.copyOf(part));
            chunks = c = List.copyOf(out);
        }
        return c;
    }

    /**
     * The same file, its statements read as wrangler runs it (d1_migrations): the file's SQL as SQLite reads it, where a
     * {@code --> statement-breakpoint} is a comment like any other, not a cut (drizzle-orm cuts the text at each, even one
     * inside a comment or a string; wrangler never does).
     */
    public Migration asWranglerRuns() {
        Migration m = new Migration(entry, file, sql, shownFile);
        m.asWrangler = true;
        return m;
    }

    /** Whether its statements are read as wrangler runs the file ({@link #asWranglerRuns}). */
    public boolean readAsWrangler() {
        return asWrangler;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Migration m && entry.equals(m.entry) && Objects.equals(file, m.file) && sql.equals(m.sql);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entry, file, sql);
    }

    @Override
    public String toString() {
        return "Migration[entry=" + entry + ", file=" + file + ", sql=" + sql.length() + " chars]";
    }
}
