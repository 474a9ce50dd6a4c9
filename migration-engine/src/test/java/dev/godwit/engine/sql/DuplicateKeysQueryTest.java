package dev.godwit.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SELECT of the keys rows share, read off a CREATE UNIQUE INDEX: it finds rows exactly where SQLite refuses the index. */
class DuplicateKeysQueryTest {

    @Test
    void isWrittenFromTheStatementsOwnText() {
        assertEquals("SELECT `sel ect`, `gr'p`, count(*) AS \"rows\" FROM `we\"ird tbl` WHERE (`sel ect`) IS NOT NULL AND (`gr'p`) IS NOT NULL"
                + " GROUP BY `sel ect`, `gr'p` HAVING count(*) > 1 ORDER BY count(*) DESC, `sel ect`, `gr'p`",
                DuplicateKeysQuery.of("CREATE UNIQUE INDEX `u x` ON `we\"ird tbl` (`sel ect`,`gr'p`);"));
        assertEquals("SELECT \"e\" COLLATE NOCASE, count(*) AS \"rows\" FROM main.\"t\" WHERE (\"e\" COLLATE NOCASE) IS NOT NULL AND (\"k\" = 'a, b)')"
                + " GROUP BY \"e\" COLLATE NOCASE HAVING count(*) > 1 ORDER BY count(*) DESC, \"e\" COLLATE NOCASE",
                DuplicateKeysQuery.of("create unique index if not exists \"i\" on main.\"t\" (\"e\" COLLATE NOCASE desc) where \"k\" = 'a, b)'"));
        assertNull(DuplicateKeysQuery.of("CREATE INDEX i ON t (a)"), "not unique: nothing to find");
        assertNull(DuplicateKeysQuery.of("INSERT INTO t VALUES (1)"));
        assertNull(DuplicateKeysQuery.of("CREATE UNIQUE INDEX i ON t ()"));
    }

    /** On one table of rows, each index: SQLite refuses it exactly when the query finds keys, and they are the ones it collides on. */
    @Test
    void findsRowsExactlyWhereSqliteRefusesTheIndex() throws SQLException {
        List<String> indexes = List.of(
                "CREATE UNIQUE INDEX i ON t (a)",
                "CREATE UNIQUE INDEX i ON t (b)",
                "CREATE UNIQUE INDEX i ON t (b COLLATE NOCASE)",
                "CREATE UNIQUE INDEX i ON t (a, b)",
                "CREATE UNIQUE INDEX i ON t (a, c)",
                "CREATE UNIQUE INDEX i ON t (lower(b), a DESC)",
                "CREATE UNIQUE INDEX i ON t (a) WHERE c IS NOT NULL",
                "CREATE UNIQUE INDEX i ON t (a) WHERE c > 5",
                "CREATE UNIQUE INDEX i ON t (abs(a) ASC)",
                "CREATE UNIQUE INDEX i ON t (c)");
        List<String> refused = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c integer)");
            st.execute("INSERT INTO t (a, b, c) VALUES (1, 'x', NULL), (1, 'X', NULL), (2, 'y', 7), (-2, 'Y', 3), (3, NULL, 9), (3, NULL, 8), (4, 'z', 9)");
            for (String index : indexes) {
                try {
                    st.execute(index);
                    st.execute("DROP INDEX i");
                } catch (SQLException e) {
                    refused.add(index);
                }
                try (ResultSet r = st.executeQuery(DuplicateKeysQuery.of(index))) {
                    if (r.next()) found.add(index);
                }
            }
        }
        assertEquals(refused, found);
        assertEquals(List.of("CREATE UNIQUE INDEX i ON t (a)", "CREATE UNIQUE INDEX i ON t (b COLLATE NOCASE)", "CREATE UNIQUE INDEX i ON t (lower(b), a DESC)",
                "CREATE UNIQUE INDEX i ON t (a) WHERE c IS NOT NULL", "CREATE UNIQUE INDEX i ON t (a) WHERE c > 5", "CREATE UNIQUE INDEX i ON t (abs(a) ASC)",
                "CREATE UNIQUE INDEX i ON t (c)"), found, "the case holds both outcomes: b, (a, b) and (a, c) are kept (NULLs never collide)");
    }
}
