package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
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

/** A column made NOT NULL: the rebuild's copy writes a value where rows hold NULL, which is a loss to acknowledge. */
class NotNullFillLossTest {

    @TempDir
    Path dir;

    final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    static SchemaDef orders(ColumnDef qty) {
        return new SchemaDef(List.of(new TableDef("orders", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), qty),
                null, List.of(), List.of(), List.of(), null)), List.of());
    }

    @Test
    void aColumnMadeNotNullFillsItsNullsAndIsALossToAcknowledge() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(orders(ColumnDef.of("qty", "integer")), folder, GenerateOptions.batch().withName("init"));
        SchemaDef notNull = orders(ColumnDef.of("qty", "integer").withNotNull(true));
        List<String> before = files();
        String e = assertThrows(DataLossException.class, () -> generator.generate(notNull, folder, GenerateOptions.batch())).getMessage();
        assertTrue(e.contains("  - alter column \"orders\".\"qty\": set NOT NULL (rows holding NULL get 0)\n"), e);
        assertEquals(before, files(), "nothing written");

        GenerateResult r = generator.generate(notNull, folder, GenerateOptions.batch().withName("qty_required").withAcceptDataLoss(true));
        // what the acknowledged migration does to rows: the NULL is now 0, a quantity no one entered
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            run(s, Files.readString(folder.sqlFile("0000_init")));
            s.execute("INSERT INTO orders VALUES (1, 5), (2, NULL)");
            run(s, Files.readString(r.sqlFile()));
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id || ' ' || quote(qty) FROM orders ORDER BY id")) {
                while (rs.next()) rows.add(rs.getString(1));
            }
            assertEquals(List.of("1 5", "2 0"), rows);
        }
    }

    @Test
    void withADefaultTheLossNamesTheDefault() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(orders(ColumnDef.of("status", "text")), folder, GenerateOptions.batch());
        SchemaDef notNull = orders(ColumnDef.of("status", "text").withNotNull(true).withDefault(DefaultValue.string("new")));
        String e = assertThrows(DataLossException.class, () -> generator.generate(notNull, folder, GenerateOptions.batch())).getMessage();
        assertTrue(e.contains("  - alter column \"orders\".\"status\": set NOT NULL default none -> 'new' (rows holding NULL get 'new')\n"), e);
    }

    @Test
    void aNullableIntegerMadeTheTablesPrimaryKeyNumbersItsNullsAndIsALossToAcknowledge() throws Exception {
        // a table-level key of one INTEGER column is the rowid: the copy gives rows holding NULL there the next free ids
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        TableDef plain = new TableDef("tags", List.of(ColumnDef.of("k", "integer"), ColumnDef.of("v", "text")), null, List.of(), List.of(), List.of(), null);
        generator.generate(new SchemaDef(List.of(plain), List.of()), folder, GenerateOptions.batch().withName("init"));
        SchemaDef keyed = new SchemaDef(List.of(new TableDef("tags", plain.columns(), new dev.godwit.schema.model.PrimaryKeyDef("tags_pk", List.of("k")),
                List.of(), List.of(), List.of(), null)), List.of());
        String e = assertThrows(DataLossException.class, () -> generator.generate(keyed, folder, GenerateOptions.batch())).getMessage();
        assertTrue(e.contains("  - change primary key of \"tags\": none -> [k] (rows holding NULL in \"k\" get the next free ids)\n"), e);

        GenerateResult r = generator.generate(keyed, folder, GenerateOptions.batch().withName("keyed").withAcceptDataLoss(true));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            run(s, Files.readString(folder.sqlFile("0000_init")));
            s.execute("INSERT INTO tags VALUES (7, 'a'), (NULL, 'b')");
            run(s, Files.readString(r.sqlFile()));
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT quote(k) || ' ' || v FROM tags ORDER BY v")) {
                while (rs.next()) rows.add(rs.getString(1));
            }
            assertEquals(List.of("7 a", "8 b"), rows);
        }
    }

    @Test
    void droppingNotNullLosesNothing() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(orders(ColumnDef.of("qty", "integer").withNotNull(true)), folder, GenerateOptions.batch());
        assertTrue(generator.generate(orders(ColumnDef.of("qty", "integer")), folder, GenerateOptions.batch()).written());
    }

    private static void run(Statement s, String sql) throws Exception {
        for (String stmt : sql.split("--> statement-breakpoint")) if (!stmt.isBlank()) s.execute(stmt);
    }

    private List<String> files() throws Exception {
        try (var w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile).map(p -> dir.relativize(p) + " " + p.toFile().length()).sorted().toList();
        }
    }
}
