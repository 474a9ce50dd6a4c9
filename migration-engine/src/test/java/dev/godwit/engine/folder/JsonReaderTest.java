package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The folder's own JSON parser gives the tree Jackson's ObjectMapper gives, node types included, and refuses what is not JSON. */
class JsonReaderTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "123456789012345678901234567890", "1.5", "-0.25", "1e3", "1E-3", "2.5e+10",
        "1.7976931348623157e308", "\"\"", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u20AC\\ud83d\\ude00\"", "\"é€😀\"",
        "true", "false", "null", " \t\r\n{ \"a\" : [ 1 , 2 , { \"b\" : null } ] } \n",
        "{\"dup\":1,\"other\":2,\"dup\":3}", "[[[[[]]]]]", "{\"\":\"empty key\"}"
    })
    void parsesLikeJackson(String json) throws Exception {
        JsonNode ours = JsonReader.parse(json);
        JsonNode theirs = JACKSON.readTree(json);
        assertEquals(theirs, ours, json);
        assertEquals(types(theirs), types(ours), json);
        assertEquals(JsonText.pretty(theirs), JsonText.pretty(ours), json);
    }

    @Test
    void parsesEverySnapshotAndJournalCommittedInTheRepository() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().contains("/meta/") && p.toString().endsWith(".json") && !p.toString().contains("/target/")
                    && !p.toString().contains("node_modules")).toList();
        }
        org.junit.jupiter.api.Assertions.assertTrue(files.size() > 50, "found " + files.size());
        for (Path f : files) {
            String text = Files.readString(f);
            assertEquals(JACKSON.readTree(text), JsonReader.parse(text), f.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "{", "[", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[1 2]", "{a:1}", "{'a':1}", "01", "-", "1.", ".5", "1e",
        "+1", "NaN", "tru", "nul", "\"abc", "\"a\nb\"", "\"\\x\"", "\"\\u12\"", "// comment\n{}", "{\"a\":1 /* c */}"
    })
    void refusesWhatJacksonRefuses(String text) {
        assertThrows(Exception.class, () -> JACKSON.readTree(text).require(), text);
        assertThrows(InvalidJsonException.class, () -> JsonReader.parse(text), text);
    }

    @Test
    void refusesTrailingContentThatJacksonWouldIgnore() {
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> JsonReader.parse("{\"a\": 1}\n}"));
        assertEquals("unexpected '}' after the end of the JSON value", e.reason());
        assertEquals(2, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void namesLineColumnAndReason() {
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> JsonReader.parse("{\n  \"entries\": [\n    {\"tag\": \"x\",}\n  ]\n}"));
        assertEquals("unexpected '}', a field name in double quotes was expected", e.reason());
        assertEquals(3, e.line());
        assertEquals(17, e.column());
        assertEquals("unexpected '}', a field name in double quotes was expected at line 3, column 17", e.getMessage());
    }

    @Test
    void refusesNestingDeeperThanAThousand() {
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> JsonReader.parse("[".repeat(5000)));
        assertEquals("values nested more than 1000 deep", e.reason());
    }

    private static String types(JsonNode n) {
        StringBuilder sb = new StringBuilder(n.getNodeType() + ":" + n.getClass().getSimpleName());
        if (n.isContainerNode()) {
            sb.append('(');
            n.forEach(c -> sb.append(types(c)).append(','));
            sb.append(')');
        }
        return sb.toString();
    }

    @Test
    void topLevelStringsChecksTheWholeTextButKeepsOnlyTheTopLevelStrings() throws Exception {
        String snapshot = "{\"version\": \"6\", \"id\": \"a\\u0062\", \"prevId\": \"0\", \"tables\": {\"t\": {\"name\": \"nested\"}}, \"n\": 1}";
        assertEquals(java.util.Map.of("version", "6", "id", "ab", "prevId", "0"), JsonReader.topLevelStrings(snapshot));
        InvalidJsonException e = assertThrows(InvalidJsonException.class,
                () -> JsonReader.topLevelStrings("{\"id\": \"a\",\n \"tables\": {\"t\": [1, 2,]}}"));
        assertEquals(2, e.line());
        assertEquals("unexpected ']', a value was expected", e.reason());
        assertEquals(java.util.Map.of(), JsonReader.topLevelStrings("[\"not\", \"an object\"]"));
    }
}
