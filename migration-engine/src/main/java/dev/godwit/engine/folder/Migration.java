package dev.godwit.engine.folder;

import dev.godwit.engine.sql.SqlSplitter;
import java.nio.file.Path;
import java.util.List;

/** A migration as the journal lists it, with the exact text of its SQL file. */
public record Migration(JournalEntry entry, Path file, String sql) {

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

    /** The statements to execute, split on breakpoints and, inside a chunk, on complete statements; comments-only chunks dropped. */
    public List<String> statements() {
        return SqlSplitter.splitMigration(sql);
    }
}
