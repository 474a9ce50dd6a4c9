package dev.godwit.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edge-case table of the one SQL lexer, shared by everything built on it: each row is an
 * input, its tokens (kind and exact text, comments kept; whitespace left out of the expectation but
 * checked by the round trip) and the statements {@link SqlSplitter#split} makes of it.
 */
class SqlLexerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                row("plain", "SELECT 1;",
                        "WORD:SELECT NUMBER:1 PUNCT:;", List.of("SELECT 1;")),
                row("single quotes, doubled", "SELECT 'it''s; fine';",
                        "WORD:SELECT STRING:'it''s; fine' PUNCT:;", List.of("SELECT 'it''s; fine';")),
                row("double quotes, doubled", "CREATE TABLE \"a\"\";b\" (x);",
                        "WORD:CREATE WORD:TABLE QUOTED:\"a\"\";b\" PUNCT:( WORD:x PUNCT:) PUNCT:;", List.of("CREATE TABLE \"a\"\";b\" (x);")),
                row("backticks, doubled", "DROP TABLE `a``;--b`; SELECT 2",
                        "WORD:DROP WORD:TABLE QUOTED:`a``;--b` PUNCT:; WORD:SELECT NUMBER:2", List.of("DROP TABLE `a``;--b`;", "SELECT 2")),
                row("brackets have no escape", "SELECT [a;'b];",
                        "WORD:SELECT QUOTED:[a;'b] PUNCT:;", List.of("SELECT [a;'b];")),
                row("line comment keeps its text, not the line break", "SELECT 1; -- a ; b\nSELECT 2;",
                        "WORD:SELECT NUMBER:1 PUNCT:; LINE_COMMENT:-- a ; b WORD:SELECT NUMBER:2 PUNCT:;", List.of("SELECT 1;", "-- a ; b\nSELECT 2;")),
                row("block comment", "SELECT /* ; ' */ 1;",
                        "WORD:SELECT BLOCK_COMMENT:/* ; ' */ NUMBER:1 PUNCT:;", List.of("SELECT /* ; ' */ 1;")),
                row("comment-only parts are dropped", "-- only\n/* c */ ;\nSELECT 1;",
                        "LINE_COMMENT:-- only BLOCK_COMMENT:/* c */ PUNCT:; WORD:SELECT NUMBER:1 PUNCT:;", List.of("SELECT 1;")),
                row("blob", "INSERT INTO t VALUES (X'00ff', x'');",
                        "WORD:INSERT WORD:INTO WORD:t WORD:VALUES PUNCT:( BLOB:X'00ff' PUNCT:, BLOB:x'' PUNCT:) PUNCT:;",
                        List.of("INSERT INTO t VALUES (X'00ff', x'');")),
                row("a word ending in x is no blob", "SELECT max'a'",
                        "WORD:SELECT WORD:max STRING:'a'", List.of("SELECT max'a'")),
                row("numbers and operators", "SELECT 1.5e3, .5, 0x1F, a||b, a->>'$.x', a<>b",
                        "WORD:SELECT NUMBER:1.5e3 PUNCT:, NUMBER:.5 PUNCT:, NUMBER:0x1F PUNCT:, WORD:a PUNCT:|| WORD:b PUNCT:, WORD:a PUNCT:->> STRING:'$.x' PUNCT:, WORD:a PUNCT:<> WORD:b",
                        List.of("SELECT 1.5e3, .5, 0x1F, a||b, a->>'$.x', a<>b")),
                row("parameters", "SELECT ?1, :end, @v, $x;",
                        "WORD:SELECT VARIABLE:?1 PUNCT:, VARIABLE::end PUNCT:, VARIABLE:@v PUNCT:, VARIABLE:$x PUNCT:;", List.of("SELECT ?1, :end, @v, $x;")),
                row("unicode and $ in words", "SELECT größe$1 FROM tëst;",
                        "WORD:SELECT WORD:größe$1 WORD:FROM WORD:tëst PUNCT:;", List.of("SELECT größe$1 FROM tëst;")),
                row("unterminated string runs to the end", "SELECT 'abc; SELECT 2;",
                        "WORD:SELECT STRING:'abc; SELECT 2;", List.of("SELECT 'abc; SELECT 2;")),
                row("unterminated identifier runs to the end", "SELECT \"a; SELECT `b",
                        "WORD:SELECT QUOTED:\"a; SELECT `b", List.of("SELECT \"a; SELECT `b")),
                row("unterminated bracket runs to the end", "SELECT [a; b",
                        "WORD:SELECT QUOTED:[a; b", List.of("SELECT [a; b")),
                row("unterminated block comment runs to the end", "SELECT 1 /* ; SELECT 2;",
                        "WORD:SELECT NUMBER:1 BLOCK_COMMENT:/* ; SELECT 2;", List.of("SELECT 1 /* ; SELECT 2;")),
                row("trigger body with CASE ... END", "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN 1 THEN 'END;' ELSE 2 END; DELETE FROM b; END; SELECT 3;",
                        "WORD:CREATE WORD:TRIGGER WORD:t WORD:AFTER WORD:INSERT WORD:ON WORD:a WORD:BEGIN WORD:UPDATE WORD:a WORD:SET WORD:x PUNCT:= WORD:CASE WORD:WHEN NUMBER:1 WORD:THEN STRING:'END;' WORD:ELSE NUMBER:2 WORD:END PUNCT:; WORD:DELETE WORD:FROM WORD:b PUNCT:; WORD:END PUNCT:; WORD:SELECT NUMBER:3 PUNCT:;",
                        List.of("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN 1 THEN 'END;' ELSE 2 END; DELETE FROM b; END;", "SELECT 3;")),
                row("temp trigger, keywords in any case", "create temp trigger t before delete on a begin select 1; end;select 2",
                        "WORD:create WORD:temp WORD:trigger WORD:t WORD:before WORD:delete WORD:on WORD:a WORD:begin WORD:select NUMBER:1 PUNCT:; WORD:end PUNCT:; WORD:select NUMBER:2",
                        List.of("create temp trigger t before delete on a begin select 1; end;", "select 2")),
                row("a quoted TRIGGER is no keyword", "CREATE TABLE \"trigger\" (begin); SELECT 1;",
                        "WORD:CREATE WORD:TABLE QUOTED:\"trigger\" PUNCT:( WORD:begin PUNCT:) PUNCT:; WORD:SELECT NUMBER:1 PUNCT:;",
                        List.of("CREATE TABLE \"trigger\" (begin);", "SELECT 1;")),
                row("a column named begin in a trigger body is no BEGIN: the trigger ends at ; END ; as sqlite3_complete() says",
                        "CREATE TRIGGER t AFTER INSERT ON ev BEGIN UPDATE ev SET log = NEW.begin; END; CREATE TABLE a (x);",
                        "WORD:CREATE WORD:TRIGGER WORD:t WORD:AFTER WORD:INSERT WORD:ON WORD:ev WORD:BEGIN WORD:UPDATE WORD:ev WORD:SET WORD:log PUNCT:= WORD:NEW PUNCT:. WORD:begin PUNCT:; WORD:END PUNCT:; WORD:CREATE WORD:TABLE WORD:a PUNCT:( WORD:x PUNCT:) PUNCT:;",
                        List.of("CREATE TRIGGER t AFTER INSERT ON ev BEGIN UPDATE ev SET log = NEW.begin; END;", "CREATE TABLE a (x);")),
                row("a column named end in a trigger body does not end it",
                        "CREATE TRIGGER t AFTER INSERT ON ev BEGIN UPDATE ev SET log = NEW.end; DELETE FROM b; END; SELECT 2;",
                        "WORD:CREATE WORD:TRIGGER WORD:t WORD:AFTER WORD:INSERT WORD:ON WORD:ev WORD:BEGIN WORD:UPDATE WORD:ev WORD:SET WORD:log PUNCT:= WORD:NEW PUNCT:. WORD:end PUNCT:; WORD:DELETE WORD:FROM WORD:b PUNCT:; WORD:END PUNCT:; WORD:SELECT NUMBER:2 PUNCT:;",
                        List.of("CREATE TRIGGER t AFTER INSERT ON ev BEGIN UPDATE ev SET log = NEW.end; DELETE FROM b; END;", "SELECT 2;")),
                row("a byte order mark is whitespace, as SQLite reads it", "\uFEFFPRAGMA user_version = 3; SELECT 1;",
                        "WORD:PRAGMA WORD:user_version PUNCT:= NUMBER:3 PUNCT:; WORD:SELECT NUMBER:1 PUNCT:;", List.of("PRAGMA user_version = 3;", "SELECT 1;")),
                row("CRLF and the marker inside a literal", "SELECT 'a\r\n--> statement-breakpoint';\r\n",
                        "WORD:SELECT STRING:'a\r\n--> statement-breakpoint' PUNCT:;", List.of("SELECT 'a\r\n--> statement-breakpoint';")),
                row("empty", "", "", List.of()));
    }

    private static Arguments row(String name, String sql, String tokens, List<String> statements) {
        return Arguments.of(name, sql, tokens, statements);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tokensAndStatements(String name, String sql, String tokens, List<String> statements) {
        List<Token> all = SqlLexer.tokenize(sql);
        StringBuilder joined = new StringBuilder();
        int at = 0;
        for (Token t : all) {
            assertEquals(at, t.start(), name + ": tokens cover the text without a gap");
            assertEquals(sql.substring(t.start(), t.end()), t.text());
            joined.append(t.text());
            at = t.end();
        }
        assertEquals(sql, joined.toString(), name + ": the tokens give back the input");
        List<String> shown = new ArrayList<>();
        for (Token t : all) if (t.kind() != SqlLexer.Kind.WHITESPACE) shown.add(t.kind() + ":" + t.text());
        assertEquals(tokens, String.join(" ", shown), name);
        assertEquals(statements, SqlSplitter.split(sql), name);
    }

    @org.junit.jupiter.api.Test
    void terminationAndNames() {
        assertTrue(SqlLexer.tokenize("'a''b'").get(0).isTerminated());
        assertEquals("a'b", SqlLexer.tokenize("'a''b'").get(0).name());
        assertFalse(SqlLexer.tokenize("'a''").get(0).isTerminated());
        assertFalse(SqlLexer.tokenize("'").get(0).isTerminated());
        assertTrue(SqlLexer.tokenize("x''").get(0).isTerminated());
        assertFalse(SqlLexer.tokenize("x'0").get(0).isTerminated());
        assertEquals("a\"b", SqlLexer.tokenize("\"a\"\"b\"").get(0).name());
        assertEquals("a``b", SqlLexer.tokenize("[a``b]").get(0).name());
        assertFalse(SqlLexer.tokenize("[a").get(0).isTerminated());
        assertFalse(SqlLexer.tokenize("/*/").get(0).isTerminated());
        assertTrue(SqlLexer.tokenize("/**/").get(0).isTerminated());
        assertTrue(SqlSplitter.isCommentOnly(" -- x\n/* y */;;"));
        assertFalse(SqlSplitter.isCommentOnly("-- x\n'';"));
    }

    @org.junit.jupiter.api.Test
    void aMigrationFileIsCutAtEveryMarker() {
        // The cut ignores quotes (as drizzle-orm's and wrangler's do): why the planner never writes the marker in a statement.
        assertEquals(List.of("CREATE TABLE a (x);", "SELECT 'a", "';SELECT 1;"),
                SqlSplitter.splitMigration("CREATE TABLE a (x);\n--> statement-breakpoint\nSELECT 'a--" + "> statement-breakpoint';SELECT 1;"));
    }
}
