package dev.godwit.engine.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table or view named with letters outside ASCII ({@code "Bücher"}, {@code "café"}: SQLite takes any) pulled by a JVM whose
 * locale is C (a CI container without LANG): Java encodes file names in the locale's encoding, so db:pull crashed on
 * {@code Malformed input or input contains unmappable characters: com/acme/schema/B?cher.java} (and where a UTF-8 locale wrote
 * {@code Bücher.java}, javac under LANG=C could not find it). Class names are ASCII now: the file names are too.
 */
class NonAsciiTableNameLocaleTest {

    /** Run in a JVM under LC_ALL=C: pulls the database into the folder and prints the source files written. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT)
                    .pull(dir.resolve("src"), "com.acme.schema", MigrationsFolder.at(dir.resolve("drizzle")), false);
            try (Stream<Path> s = Files.list(dir.resolve("src/com/acme/schema"))) {
                System.out.println("wrote " + s.map(p -> p.getFileName().toString()).sorted().toList());
            }
        } catch (RuntimeException e) {
            System.out.println("crashed " + e);
        }
    }

    @Test
    void tablesNamedOutsideAsciiArePulledUnderLocaleC(@TempDir Path tmp) throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "this JVM writes file names in UTF-8");
        try (SqliteDatabase db = SqliteDatabase.open(tmp.resolve("app.sqlite"))) {
            db.runAtomically(List.of("CREATE TABLE \"B\u00fccher\" (id integer PRIMARY KEY, \"Stra\u00dfe\" text)",
                    "CREATE TABLE \"\u65e5\u672c\" (id integer PRIMARY KEY)",
                    "CREATE VIEW \"caf\u00e9\" AS SELECT * FROM \"B\u00fccher\""), false);
        }
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(NonAsciiTableNameLocaleTest.class, tmp.toString()));
        pb.environment().remove("LANG");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        assertEquals("wrote [Bucher.java, Cafe.java, T65e5672c.java]", out);
        String bucher = Files.readString(tmp.resolve("src/com/acme/schema/Bucher.java"));
        assertTrue(bucher.contains("public final class Bucher extends Table") && bucher.contains("super(\"B\\u00fccher\")"), bucher);
        assertTrue(bucher.contains("public final Column stra\u00dfe = text(\"Stra\\u00dfe\")"), bucher);
    }

    @Test
    void classNamesAreAscii() {
        assertEquals("Bucher", JavaNames.className("B\u00fccher"));
        assertEquals("Strasse", JavaNames.className("stra\u00dfe"));
        assertEquals("CafeAuLait", JavaNames.className("caf\u00e9 au lait"));
        assertEquals("AeroFaero", JavaNames.className("\u00c6r\u00f8 f\u00e6r\u00f8"));
        assertEquals("T65e5672c", JavaNames.className("\u65e5\u672c"));
        assertEquals("Table", JavaNames.className("\ud83d\ude42"));
        assertEquals("OrderItems", JavaNames.className("order\u00a0items"));
    }
}
