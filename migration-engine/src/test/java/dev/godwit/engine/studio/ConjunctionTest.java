package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * D1's expression depth of 100 (d1.md) was kept two ways: a page's filters as a balanced AND (GridView.and), a write's guard in
 * groups of 40 columns (RowGuard), whose chains of 40 made a 100-column guard about 47 deep, a key's exact terms one deeper each
 * after them. One helper joins both now; a 100-column row's guard is a few levels deep.
 */
class ConjunctionTest {

    @TempDir
    Path dir;

    @Test
    void upToEightTermsAreAPlainChainAndMoreABalancedTree() {
        assertEquals("a AND b AND c", Conjunction.of(List.of("a", "b", "c")));
        List<String> nine = List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9");
        assertEquals("(t1 AND t2 AND t3 AND t4) AND (t5 AND t6 AND t7 AND t8 AND t9)", Conjunction.of(nine));
    }

    /** The guard of a 100-column row (long texts among its values, bound) finds the row under an expression depth of 20. */
    @Test
    void aHundredColumnRowsGuardStaysShallow() throws Exception {
        Path file = dir.resolve("wide.sqlite");
        List<String> cols = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 1; i < 100; i++) {
            cols.add("c" + i + (i % 3 == 0 ? " text COLLATE NOCASE" : ""));
            values.add(i % 2 == 0 ? "'" + "x".repeat(100) + i + "'" : Integer.toString(i));
        }
        TableDef t;
        Map<String, Object> row = new LinkedHashMap<>();
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.runAtomically(List.of("CREATE TABLE w (id integer PRIMARY KEY, " + String.join(", ", cols) + ")",
                    "INSERT INTO w VALUES (1, " + String.join(", ", values) + ")"), false);
            t = Introspector.introspect(db).table("w").orElseThrow();
            row.putAll(db.query("SELECT * FROM w").get(0));
        }
        RowGuard guard = RowGuard.of(RowKey.ofRowid("rowid"), List.of(1L), t, row);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH, 20);
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM w WHERE " + guard.sql())) {
                for (int i = 0; i < guard.params().size(); i++) s.setObject(i + 1, guard.params().get(i));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertEquals(1, r.getInt(1));
                }
            }
        }
    }
}
