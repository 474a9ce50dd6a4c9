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
    private List<String> statements;   // split on first use; immutable, so a race only splits twice
    private java.util.Set<String> acceptedHashes;   // the same for the hashes a history row may hold

    public Migration(JournalEntry entry, Path file, String sql) {
        this.entry = entry;
        this.file = file;
        this.sql = sql;
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

    /** sha256 of the file exactly as stored: what drizzle-orm's migrator records. */
    public String hash() {
        return Checksums.sha256Hex(sql);
    }

    /** Whether a history row's hash records this file (as written, or with other line endings); hashes computed once. */
    public boolean recordedBy(String storedHash) {
        if (storedHash == null) return false;
        java.util.Set<String> h = acceptedHashes;
        if (h == null) acceptedHashes = h = Checksums.accepted(sql);
        return h.contains(Checksums.normalized(storedHash));
    }

    /** The statements to execute, split on breakpoints and, inside a chunk, on complete statements; comments-only chunks dropped. */
    public List<String> statements() {
        List<String> s = statements;
        if (s == null) statements = s = List.copyOf(SqlSplitter.splitMigration(sql));
        return s;
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
