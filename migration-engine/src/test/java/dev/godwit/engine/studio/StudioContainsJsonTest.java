package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A json column's cell shows its JSON pretty-printed ({@code "name": "x"}, an item a line), and <em>contains</em> searched the
 * text as stored ({@code {"name":"x"}}): what was copied from the cell found nothing. It finds the JSON as shown now, or as stored.
 */
class StudioContainsJsonTest extends StudioServerFixture {

    private static final String[] EVENTS = {
            "CREATE TABLE events (id integer PRIMARY KEY, meta text, note text, prefs blob)",
            "INSERT INTO events VALUES (1, '{\"name\":\"Ann\",\"tags\":[\"a\",\"b\"],\"n\":1.10}', '{\"name\":\"Ann\"}', CAST('{\"theme\":\"dark\"}' AS BLOB)),"
                    + " (2, '{\"name\": \"Bo\", \"city\": \"Oslo\"}', NULL, x'ff00'), (3, 'not json: \"name\": \"Ann\"', NULL, NULL), (4, NULL, NULL, NULL),"
                    + " (5, '{\"text\":\"a  b\"}', NULL, NULL)"};

    /** The schema as the project's code gives it: meta and prefs (a blob) in drizzle's json mode, note plain text. */
    private static StudioOptions options(Database db) {
        SchemaDef live = Introspector.introspect(db);
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : live.tables()) tables.add(t.mapColumns(c -> c.name().equals("meta") || c.name().equals("prefs") ? c.withMode(ColumnMode.JSON, List.of()) : c));
        return StudioOptions.defaults().withCodeSchema(new SchemaDef(tables, List.of()));
    }

    private List<String> found(String column, String typed) throws Exception {
        String where = enc(json.writeValueAsString(List.of(List.of(column, "contains", typed))));
        JsonNode page = ok("GET", "/api/rows?table=events&where=" + where, null);
        List<String> ids = new ArrayList<>();
        for (JsonNode r : page.get("rows")) ids.add(r.get("rowid").asText());
        assertEquals(ids.size(), ok("GET", "/api/count?table=events&where=" + where, null).get("count").asInt(), "count of " + typed);
        return ids;
    }

    private void findsAsShownOrAsStored() throws Exception {
        assertEquals(List.of("1", "3"), found("meta", "\"name\": \"Ann\""), "as the cell shows it (and the text that holds it)");
        assertEquals(List.of("1"), found("meta", "\"name\":\"ann\""), "as stored, any case");
        assertEquals(List.of("2"), found("meta", "\"name\":\"Bo\""), "minified, where it is stored spaced");
        assertEquals(List.of("2"), found("meta", "\"name\": \"Bo\",\n  \"city\""), "across the cell's lines");
        assertEquals(List.of("1"), found("meta", "\"tags\": [\n    \"a\",\n    \"b\"\n  ]"), "an array as shown");
        assertEquals(List.of("1"), found("meta", "\"n\": 1.10"), "a number as stored");
        // a part of the cell copied from inside a string on (the tail of "Ann", then the next key): its spaces and line breaks
        // outside strings are those after each closing quote; it found nothing, minified as if it began outside a string
        assertEquals(List.of("1"), found("meta", "nn\",\n  \"tags\": ["), "a copy that begins inside a string");
        assertEquals(List.of("2"), found("meta", "o\", \"city\": \"Os"), "one that begins inside a string, as stored");
        assertEquals(List.of("5"), found("meta", "\"a  b\""), "the spaces inside a string kept");
        assertEquals(List.of(), found("meta", "\"a b\""));
        // drizzle's blob json mode: the JSON's bytes, shown as that JSON; bytes typed in hex still found
        assertEquals(List.of("1"), found("prefs", "\"theme\": \"dark\""));
        assertEquals(List.of("2"), found("prefs", "ff 00"));
        // a column not in json mode is searched as stored alone
        assertEquals(List.of(), found("note", "\"name\": \"Ann\""));
        assertEquals(List.of("1"), found("note", "\"name\":\"Ann\""));
    }

    @Test
    void containsFindsJsonAsTheCellShowsItOnALocalFile() throws Exception {
        db.runAtomically(List.of(EVENTS), false);
        restart(options(db));
        findsAsShownOrAsStored();
    }

    @Test
    void containsFindsJsonAsTheCellShowsItOverD1() throws Exception {
        try (D1 d1 = d1(EVENTS)) {
            studio.close();
            studio = StudioServer.start(d1.db(), options(d1.db()), 0);
            openPage();
            findsAsShownOrAsStored();
        }
    }
}
