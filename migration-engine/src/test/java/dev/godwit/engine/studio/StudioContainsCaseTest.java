package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A support engineer finds a customer by part of an email or a name, in any case, letters outside ASCII included: SQLite's
 * lower() folds ASCII only, so "MÜLLER" missed "Zoë.Müller@…" and "élodie" missed "ÉLODIE@…".
 */
class StudioContainsCaseTest extends StudioServerFixture {

    private static final String[] PEOPLE = {
            "CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL, name text)",
            "INSERT INTO customers VALUES (1, 'Zoë.Müller@Example.com', 'Zoë Müller'), (2, 'ÉLODIE@exemple.fr', 'Élodie O''Brien'),"
                    + " (3, 'bob@example.com', 'Bob'), (4, 'ivan@example.ru', 'ИВАН Петров'), (5, 'emilie@example.fr', 'Emilie')"};

    private List<String> found(String column, String typed) throws Exception {
        String where = enc(json.writeValueAsString(List.of(List.of(column, "contains", typed))));
        JsonNode page = ok("GET", "/api/rows?table=customers&where=" + where, null);
        List<String> ids = new ArrayList<>();
        for (JsonNode r : page.get("rows")) ids.add(r.get("rowid").asText());
        assertEquals(ids.size(), ok("GET", "/api/count?table=customers&where=" + where, null).get("count").asInt(), "count of " + typed);
        return ids;
    }

    private void findsInAnyCase() throws Exception {
        assertEquals(List.of("1"), found("email", "MÜLLER"));
        assertEquals(List.of("1"), found("email", "zoë.müller@example"));
        assertEquals(List.of("2"), found("email", "élodie@"));
        assertEquals(List.of("2"), found("name", "élodie o'brien"));
        assertEquals(List.of("4"), found("name", "иван п"));
        assertEquals(List.of("4"), found("name", "ПЕТРОВ"));
        // accents are letters of their own, as SQLite compares them: "emilie" is not "Élodie", nor "zoe" "Zoë"
        assertEquals(List.of("5"), found("email", "EMILIE"));
        assertEquals(List.of(), found("name", "zoe"));
    }

    @Test
    void containsIgnoresTheCaseOfLettersOutsideAsciiOnALocalFile() throws Exception {
        db.runAtomically(List.of(PEOPLE), false);
        restart(StudioOptions.defaults());
        findsInAnyCase();
    }

    @Test
    void containsIgnoresTheCaseOfLettersOutsideAsciiOverD1() throws Exception {
        try (D1 d1 = d1(PEOPLE)) {
            studioOverD1(d1.db(), false);
            findsInAnyCase();
        }
    }

    /** Greek then Cyrillic capitals: 57 letters outside ASCII, past the 40 the filter folds. */
    private static final String CAPITALS = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";

    private static final String[] CITIES = {
            "CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL, name text)",
            "INSERT INTO customers VALUES (1, 'a@example.tr', 'İstanbul'), (2, 'b@example.tr', 'Izmir'), (3, 'c@example.com', '" + CAPITALS + "')"};

    /**
     * A value typed exactly as stored is always found. "İstanbul" typed was searched for as "istanbul" (Java's lower case of İ is
     * ASCII i) while the column kept its İ, which SQLite's lower() leaves, so it found nothing (before the folding it was found);
     * and past the 40 letters folded in the column, the needle still held the lower case of the rest, so a long value typed as
     * stored was not found.
     */
    private void findsWhatIsTypedAsStored() throws Exception {
        assertEquals(List.of("1"), found("name", "İstanbul"));
        assertEquals(List.of("1"), found("name", "İSTANBUL"));
        assertEquals(List.of("2"), found("name", "Izmir"));
        assertEquals(List.of("3"), found("name", CAPITALS));
        assertEquals(List.of("3"), found("name", "αβγ"));
    }

    @Test
    void aValueTypedAsStoredIsFoundOnALocalFile() throws Exception {
        db.runAtomically(List.of(CITIES), false);
        restart(StudioOptions.defaults());
        findsWhatIsTypedAsStored();
    }

    @Test
    void aValueTypedAsStoredIsFoundOverD1() throws Exception {
        try (D1 d1 = d1(CITIES)) {
            studioOverD1(d1.db(), false);
            findsWhatIsTypedAsStored();
        }
    }
}
