package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {

    /**
     * The checks before an apply and db:verify's replay ask for statement i of a migration, for every i: splitting the file
     * on each call made that quadratic (a 500-table migration took 45 s to verify instead of 5).
     */
    @Test
    void statementsAreSplitOnceAndComparedAsValues() {
        JournalEntry e = new JournalEntry(0, "6", 1L, "0000_x", true);
        Migration m = new Migration(e, Path.of("0000_x.sql"), "CREATE TABLE a (x);\n--> statement-breakpoint\nCREATE TABLE b (y);");
        assertEquals(List.of("CREATE TABLE a (x);", "CREATE TABLE b (y);"), m.statements());
        assertSame(m.statements(), m.statements());
        assertEquals(m, new Migration(e, Path.of("0000_x.sql"), m.sql()));
        assertEquals(m.hashCode(), new Migration(e, Path.of("0000_x.sql"), m.sql()).hashCode());
    }

    /**
     * db:verify reads a migration's statements and its parts between breakpoints (several statements in one part, empty ones):
     * both come from one cut of the file, which for a 500-table migration was lexed twice.
     */
    @Test
    void itsPartsBetweenBreakpointsAreCutOnceWithItsStatements() {
        JournalEntry e = new JournalEntry(0, "6", 1L, "0000_x", true);
        String sql = "CREATE TABLE a (x); CREATE TABLE c (z);\n--> statement-breakpoint\n--> statement-breakpoint\nCREATE TABLE b (y);";
        Migration m = new Migration(e, Path.of("0000_x.sql"), sql);
        List<List<String>> chunks = m.chunks();
        assertEquals(List.of(List.of("CREATE TABLE a (x);", "CREATE TABLE c (z);"), List.of(), List.of("CREATE TABLE b (y);")), chunks);
        assertEquals(dev.godwit.engine.sql.SqlSplitter.chunks(sql), chunks);
        assertSame(chunks, m.chunks(), "cut once");
        assertEquals(List.of("CREATE TABLE a (x);", "CREATE TABLE c (z);", "CREATE TABLE b (y);"), m.statements());
        assertSame(chunks.get(0).get(1), m.statements().get(1), "the statements are those of the cut");
        assertThrows(UnsupportedOperationException.class, () -> chunks.get(0).clear());
        assertEquals(dev.godwit.engine.sql.SqlSplitter.split(sql), m.asWranglerRuns().statements(), "as wrangler runs it: not cut at breakpoints");
        assertEquals(chunks, m.asWranglerRuns().chunks());
    }

    /** A history row's hash records the file as written or with the other line endings (a Windows checkout), in any case of hex. */
    @Test
    void aHistoryHashRecordsTheFileWhateverItsLineEndings() {
        JournalEntry e = new JournalEntry(0, "6", 1L, "0000_x", true);
        Migration m = new Migration(e, Path.of("0000_x.sql"), "CREATE TABLE a (x);\n--> statement-breakpoint\nCREATE TABLE b (y);\n");
        assertTrue(m.recordedBy(Checksums.sha256Hex(m.sql())));
        assertTrue(m.recordedBy(" " + Checksums.sha256Hex(m.sql().replace("\n", "\r\n")).toUpperCase() + " "));
        assertFalse(m.recordedBy(Checksums.sha256Hex(m.sql() + " ")));
        assertFalse(m.recordedBy(null));

        String lf = "CREATE TABLE a (x);\n--> statement-breakpoint\nCREATE TABLE b (y);\n";
        Migration crlf = new Migration(e, Path.of("0000_x.sql"), lf.replace("\n", "\r\n"));
        assertTrue(crlf.recordedBy(Checksums.sha256Hex(lf)), "checked out with CRLF, recorded with LF");
        assertTrue(crlf.recordedBy(Checksums.sha256Hex(lf.replace("\n", "\r\n"))));
        Migration mixed = new Migration(e, Path.of("0000_x.sql"), "CREATE TABLE a (x);\r\n--> statement-breakpoint\nCREATE TABLE b (y);\n");
        assertTrue(mixed.recordedBy(Checksums.sha256Hex(mixed.sql())));
        assertTrue(mixed.recordedBy(Checksums.sha256Hex(lf)));
        assertTrue(mixed.recordedBy(Checksums.sha256Hex(lf.replace("\n", "\r\n"))));
        Migration oneLine = new Migration(e, Path.of("0000_x.sql"), "CREATE TABLE a (x);");
        assertTrue(oneLine.recordedBy(Checksums.sha256Hex("CREATE TABLE a (x);")));
        assertTrue(oneLine.recordedBy(Checksums.sha256Hex("CREATE TABLE a (x);\n")), "an editor's final line end added");
        assertTrue(oneLine.recordedBy(Checksums.sha256Hex("\uFEFFCREATE TABLE a (x);\r\n")));
        assertTrue(m.recordedBy(Checksums.sha256Hex(lf.strip())), "the final line end trimmed since it was recorded");
        assertFalse(oneLine.recordedBy(Checksums.sha256Hex("CREATE TABLE a (x);\n\n")));
        assertFalse(oneLine.recordedBy(Checksums.sha256Hex("CREATE TABLE a (x); ")));
    }

    @Test
    void aHistoryHashRecordsTheFileWithOrWithoutAByteOrderMark() {
        // an applied migration saved again by a Windows editor that puts a byte order mark first (or takes it away): SQLite runs
        // it alike, so neither db:apply nor db:verify calls it edited, as they do not for its line ends
        JournalEntry e = new JournalEntry(0, "6", 1L, "0000_x", true);
        String lf = "CREATE TABLE a (x);\n--> statement-breakpoint\nCREATE TABLE b (y);\n";
        Migration bom = new Migration(e, Path.of("0000_x.sql"), "\uFEFF" + lf);
        assertTrue(bom.recordedBy(Checksums.sha256Hex(lf)), "recorded without the mark, saved with it");
        assertTrue(bom.recordedBy(Checksums.sha256Hex("\uFEFF" + lf)));
        Migration bomCrlf = new Migration(e, Path.of("0000_x.sql"), "\uFEFF" + lf.replace("\n", "\r\n"));
        assertTrue(bomCrlf.recordedBy(Checksums.sha256Hex(lf)), "the mark and CRLF, as Notepad saves it");
        Migration plain = new Migration(e, Path.of("0000_x.sql"), lf);
        assertTrue(plain.recordedBy(Checksums.sha256Hex("\uFEFF" + lf)), "applied with the mark, saved without it");
        assertTrue(plain.recordedBy(Checksums.sha256Hex("\uFEFF" + lf.replace("\n", "\r\n"))));
        assertFalse(bom.recordedBy(Checksums.sha256Hex("\uFEFF" + lf + " ")));
        assertFalse(bom.recordedBy(Checksums.sha256Hex("\uFEFF\uFEFF" + lf)));
    }
}
