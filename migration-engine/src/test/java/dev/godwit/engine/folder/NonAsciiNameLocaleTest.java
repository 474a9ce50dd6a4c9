package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.godwit.engine.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration named with letters outside ASCII ({@code 0002_größe.sql}: drizzle-kit's {@code --name} and wrangler's
 * {@code migrations create} take any) read by a JVM whose locale is C (a CI container without LANG): Java cannot encode or
 * decode such a file name there. A wrangler folder's file came back as {@code 0002_gr????e.sql}, which db:status showed pending
 * beside its history row, called MISSING, with db:repair as the way on; a journal's tag failed every goal on an
 * InvalidPathException. The folder is refused, naming the locale.
 */
class NonAsciiNameLocaleTest {

    /** Run in a JVM under LC_ALL=C: reads the folder as db:status does and prints what came of it. */
    public static void main(String[] args) {
        MigrationsFolder folder = MigrationsFolder.at(Path.of(args[0]));
        try {
            List<String> tags = new ArrayList<>();
            for (Migration m : args[1].equals("wrangler") ? folder.migrationsInNameOrder() : folder.migrations()) tags.add(m.tag());
            folder.tagsWithoutSqlFile();
            System.out.println("read " + tags);
        } catch (dev.godwit.engine.GodwitException e) {
            System.out.println("refused " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println("crashed " + e);
        }
    }

    private static String runUnderLocaleC(Path dir, String layout) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(NonAsciiNameLocaleTest.class, dir.toString(), layout));
        pb.environment().remove("LANG");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.strip();
    }

    private static void assumeUtf8FileNames() {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "this JVM writes file names in UTF-8");
    }

    @Test
    void aWranglerFolderWithANonAsciiFileNameIsRefusedUnderLocaleC(@TempDir Path tmp) throws Exception {
        assumeUtf8FileNames();
        Files.writeString(tmp.resolve("0001_init.sql"), "CREATE TABLE people (id INTEGER PRIMARY KEY);\n");
        Files.writeString(tmp.resolve("0002_größe.sql"), "ALTER TABLE people ADD größe INTEGER;\n");
        String out = runUnderLocaleC(tmp, "wrangler");
        assertTrue(out.startsWith("refused "), out);
        assertTrue(out.contains("0002_gr????e.sql") && out.contains("LC_ALL=C.UTF-8") && out.contains("Nothing was done."), out);
    }

    @Test
    void aJournalTagWithNonAsciiLettersIsRefusedUnderLocaleC(@TempDir Path tmp) throws Exception {
        assumeUtf8FileNames();
        Files.createDirectories(tmp.resolve("meta"));
        Files.writeString(tmp.resolve("meta/_journal.json"), "{\"version\":\"7\",\"dialect\":\"sqlite\",\"entries\":["
                + "{\"idx\":0,\"version\":\"6\",\"when\":1,\"tag\":\"0000_größe\",\"breakpoints\":true}]}");
        Files.writeString(tmp.resolve("0000_größe.sql"), "CREATE TABLE people (id INTEGER PRIMARY KEY);\n");
        String out = runUnderLocaleC(tmp, "drizzle");
        assertTrue(out.startsWith("refused ") && out.contains("LC_ALL=C.UTF-8"), out);
    }

    /** Under a single-byte locale (ISO-8859-1) a UTF-8 name decodes with no U+FFFD, as other letters: refused too (a review). */
    @Test
    void aNameReadInASingleByteEncodingIsTakenForMisread() {
        assertTrue(MigrationsFolder.misread("0002_gr\u00c3\u00b6\u00c3\u0178e.sql", false), "größe read as ISO-8859-1");
        assertTrue(MigrationsFolder.misread("0002_gr\uFFFD\uFFFDe.sql", true));
        org.junit.jupiter.api.Assertions.assertFalse(MigrationsFolder.misread("0002_größe.sql", true), "UTF-8 names read as written");
        org.junit.jupiter.api.Assertions.assertFalse(MigrationsFolder.misread("0002_size.sql", false), "ASCII reads alike everywhere");
    }

    /** Windows: sun.jnu.encoding is the ANSI code page (Cp1252), yet Java reads and writes its file names as UTF-16, whole (a review). */
    @Test
    void windowsFileNamesAreReadWholeWhateverItsCodePage() {
        assertTrue(MigrationsFolder.fileNamesUnicode("Windows 11", "Cp1252"), "Windows names are UTF-16");
        assertTrue(MigrationsFolder.fileNamesUnicode("Linux", "UTF-8"));
        assertTrue(MigrationsFolder.fileNamesUnicode("Mac OS X", "UTF-8"));
        org.junit.jupiter.api.Assertions.assertFalse(MigrationsFolder.fileNamesUnicode("Linux", "ANSI_X3.4-1968"), "LANG=C");
        org.junit.jupiter.api.Assertions.assertFalse(MigrationsFolder.fileNamesUnicode("Linux", "ISO-8859-1"));
    }
}
