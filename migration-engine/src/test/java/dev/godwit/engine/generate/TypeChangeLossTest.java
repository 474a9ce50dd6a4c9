package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type change rebuilds the table and copies the rows into a column of another affinity: whether that is a loss to acknowledge
 * is decided by what SQLite does to the values, tried here on real SQLite with rows.
 */
class TypeChangeLossTest {

    @TempDir
    Path dir;

    final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    static SchemaDef measures(String type) {
        return new SchemaDef(List.of(new TableDef("measures", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("v", type)), null, List.of(), List.of(), List.of(), null)), List.of());
    }

    /** The value of v after the rows are inserted under {@code from} and the accepted migration to {@code to} is applied. */
    private List<String> valuesAfter(String from, String to, String... values) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve(from + "-to-" + to));
        generator.generate(measures(from), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = generator.generate(measures(to), folder, GenerateOptions.batch().withName("retype").withAcceptDataLoss(true));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            run(s, Files.readString(folder.sqlFile("0000_init")));
            for (int i = 0; i < values.length; i++) s.execute("INSERT INTO measures VALUES (" + (i + 1) + ", " + values[i] + ")");
            run(s, Files.readString(r.sqlFile()));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT typeof(v) || ' ' || quote(v) FROM measures ORDER BY id")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static void run(Statement s, String sql) throws Exception {
        for (String stmt : sql.split("--> statement-breakpoint")) if (!stmt.isBlank()) s.execute(stmt);
    }

    private String refusal(String from, String to) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("refused"));
        generator.generate(measures(from), folder, GenerateOptions.batch().withName("init"));
        return assertThrows(DataLossException.class, () -> generator.generate(measures(to), folder, GenerateOptions.batch())).getMessage();
    }

    @Test
    void realTurnedTextKeepsEveryDigitAndNeedsNoAcknowledgement() throws Exception {
        // SQLite 3.54 (sqlite-jdbc) and D1's 3.53 write a REAL as the shortest text that reads back as it (3.40 wrote 15 digits: '0.3')
        assertEquals(List.of("text '0.30000000000000004'", "text '1.5'"), valuesAfter("real", "text", "0.30000000000000004", "1.5"));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("kept"));
        generator.generate(measures("real"), folder, GenerateOptions.batch());
        assertTrue(generator.generate(measures("text"), folder, GenerateOptions.batch()).written());
    }

    @Test
    void integerTurnedRealRoundsIntegersBeyondTwoToThe53AndIsALossToAcknowledge() throws Exception {
        assertEquals(List.of("real 9007199254740992.0", "real 2.0"), valuesAfter("integer", "real", "9007199254740993", "2"));
        String e = refusal("integer", "real");
        assertTrue(e.contains("  - alter column \"measures\".\"v\": type integer -> real (integers beyond 2^53 are rounded: 9007199254740993 becomes"
                + " 9007199254740992.0)\n"), e);
        // numeric holds integers as integers too
        assertEquals(List.of("real 9007199254740992.0"), valuesAfter("numeric", "real", "9007199254740993"));
    }

    /**
     * Text made a number: SQLite stores a text that reads as a number as that number, so '007' and '1.50' read back different
     * (the pre-flight counts those rows, ReplayedRowsTest). db:generate asked -Ddb.acceptDataLoss for it already, but its list
     * said only "type text -> integer", unlike the rounding of integer -> real: it now says what happens to the values.
     */
    @Test
    void textTurnedNumberChangesTextsThatReadAsNumbersAndIsALossToAcknowledge() throws Exception {
        assertEquals(List.of("integer 7", "integer 7", "real 1.5", "text 'abc'"), valuesAfter("text", "integer", "'007'", "'7'", "'1.50'", "'abc'"));
        assertEquals(List.of("real 9007199254740992.0", "real 7.0"), valuesAfter("text", "real", "'9007199254740993'", "'7'"));
        String e = refusal("text", "integer");
        assertTrue(e.contains("  - alter column \"measures\".\"v\": type text -> integer (a text that reads as a number is stored as that number:"
                + " '007' becomes 7, '1.50' becomes 1.5)\n"), e);
    }

    @Test
    void integerTurnedTextOrRealTurnedIntegerKeepsEveryValueAndNeedsNoAcknowledgement() throws Exception {
        assertEquals(List.of("text '9007199254740993'", "text '-7'"), valuesAfter("integer", "text", "9007199254740993", "-7"));
        // a REAL that is not a whole number stays REAL in an INTEGER column; 2.0 becomes 2, the same number
        assertEquals(List.of("real 1.5", "integer 2"), valuesAfter("real", "integer", "1.5", "2.0"));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("kept"));
        generator.generate(measures("integer"), folder, GenerateOptions.batch());
        assertTrue(generator.generate(measures("text"), folder, GenerateOptions.batch()).written());
        MigrationsFolder other = MigrationsFolder.at(dir.resolve("kept2"));
        generator.generate(measures("real"), other, GenerateOptions.batch());
        assertTrue(generator.generate(measures("integer"), other, GenerateOptions.batch()).written());
    }
}
