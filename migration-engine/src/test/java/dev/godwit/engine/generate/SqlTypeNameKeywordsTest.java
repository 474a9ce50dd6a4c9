package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.model.SqlTypeName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SqlTypeName against real SQLite, for each of SQLite's keywords after a type ({@code "text select"}): the DSL takes the type
 * exactly when SQLite takes it as the whole type, and refuses it when SQLite fails the CREATE TABLE ({@code select}) or reads
 * the word as a constraint ({@code "text null"} is type TEXT, nullable; {@code "text deferrable"} is TEXT with a clause).
 */
class SqlTypeNameKeywordsTest {

    /** SQLite's keywords, as https://sqlite.org/lang_keywords.html lists them. */
    private static final List<String> KEYWORDS = List.of(("ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT"
            + " BEFORE BEGIN BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE"
            + " CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE"
            + " EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP GROUPS HAVING IF"
            + " IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH"
            + " MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING"
            + " PRIMARY QUERY RAISE RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS"
            + " SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES"
            + " VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT").split(" "));

    @Test
    void aKeywordInATypeIsTakenExactlyWhenSqliteTakesItAsPartOfTheType() throws SQLException {
        assertEquals(147, KEYWORDS.size());
        List<String> disagree = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            for (String k : KEYWORDS) {
                for (String type : List.of("text " + k.toLowerCase(), k.toLowerCase() + " text")) {
                    boolean sqliteKeepsIt;
                    try {
                        st.execute("DROP TABLE IF EXISTS t");
                        st.execute("CREATE TABLE t(x " + type + ")");
                        try (ResultSet rs = st.executeQuery("SELECT type FROM pragma_table_info('t')")) {
                            sqliteKeepsIt = rs.next() && type.equals(rs.getString(1));
                        }
                    } catch (SQLException e) {
                        sqliteKeepsIt = false;
                    }
                    boolean dslTakesIt = SqlTypeName.problem(type) == null;
                    // GENERATED, ALWAYS's company, is refused though SQLite takes it alone: it starts "generated always as (...)"
                    if (sqliteKeepsIt != dslTakesIt && !(k.equals("GENERATED") && sqliteKeepsIt)) {
                        disagree.add(type + " (SQLite " + (sqliteKeepsIt ? "keeps it" : "does not") + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), disagree);
    }

    @Test
    void aReservedWordIsRefusedNamingItAndBothWaysOn() {
        assertEquals("the type \"text select\" holds SELECT, a keyword SQLite reserves, which no type name may hold: the CREATE TABLE would"
                + " fail when applied (near \"select\": syntax error). Give the type without it (\"text\"), or, if the word is really part"
                + " of the type's name, quote it (\"text \\\"select\\\"\")", SqlTypeName.problem("text select"));
        assertTrue(SqlTypeName.problem("text deferrable").contains("holds DEFERRABLE, which starts a column constraint"), SqlTypeName.problem("text deferrable"));
        assertEquals(null, SqlTypeName.problem("text \"select\""));
    }
}
