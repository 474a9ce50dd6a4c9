package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.godwit.engine.db.SqliteDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's result columns as a query names them without its comments: SQLite names a column without AS by its expression's
 * text up to the next token, comments included, so {@code select 1 -- one} showed (and exported) a column named "1 -- one".
 */
class StudioConsoleColumnsTest {

    private static List<String> columns(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("columns").forEach(c -> out.add(c.asText()));
        return out;
    }

    @Test
    void aCommentAfterAColumnIsNotPartOfItsName() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY, email text)", "INSERT INTO users VALUES (1, 'a--b@x')"), false);
            StudioData data = new StudioData(db, StudioOptions.defaults());
            assertEquals(List.of("1"), columns(data.console("select 1 -- comment")));
            assertEquals(List.of("1"), columns(data.console("select 1 /* c */")));
            assertEquals(List.of("id", "email"), columns(data.console("select id, -- the key\n email -- who\nfrom users")));
            assertEquals(List.of("1 + 2"), columns(data.console("select 1 /* one */ + 2")));
            assertEquals(List.of("1"), columns(data.console("select/**/1")));
            // names and text holding -- or /* stay as written, and so does the value
            JsonNode quoted = data.console("select email as \"x -- y\", '--x' , '/*' || email /* c */ from users where email like '%--%' -- last");
            assertEquals(List.of("x -- y", "'--x'", "'/*' || email"), columns(quoted));
            assertEquals("a--b@x", quoted.get("rows").get(0).get(0).get("v").asText());
            assertEquals(List.of("a -- b"), columns(data.console("select 2 as [a -- b] -- c")));
            // no rows: the names come from the query joined to one row of NULLs
            assertEquals(List.of("email"), columns(data.console("select email -- who\nfrom users where 0")));
            // an export's header too
            List<String> header = new ArrayList<>();
            data.exportQuery("select id -- the key\nfrom users", new ExportRows.RowSink() {
                @Override
                public void columns(List<String> names) {
                    header.addAll(names);
                }

                @Override
                public void row(List<Object> values) {
                }
            });
            assertEquals(List.of("id"), header);
        }
    }
}
