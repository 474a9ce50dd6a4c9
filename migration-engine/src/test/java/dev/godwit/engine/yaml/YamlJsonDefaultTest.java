package dev.godwit.engine.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.Column;
import dev.godwit.schema.SchemaCollector;
import dev.godwit.schema.Table;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A json-mode column's default as a YAML mapping or list gives the model of the Java Map/List default. */
class YamlJsonDefaultTest {

    static Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("theme", "dark");
        m.put("size", 12);
        m.put("ratio", 1.5);
        m.put("beta", true);
        m.put("tags", List.of("a", "b \"quoted\""));
        m.put("parent", null);
        m.put("nested", Map.of("k", List.of(1, 2)));
        return m;
    }

    static final class Prefs extends Table {
        static final Prefs PREFS = new Prefs();
        final Column id = integer("id").primaryKey();
        final Column settings = text("settings").mode(ColumnMode.JSON).notNull().defaultValue(settings());
        final Column tags = text("tags").mode(ColumnMode.JSON).defaultValue(List.of("x", 2, false));
        final Column empty = blob("empty").mode(ColumnMode.JSON).defaultValue(Map.of());
        final Column computed = text("computed").mode(ColumnMode.JSON).defaultSql("(json_array())");

        private Prefs() {
            super("prefs");
        }
    }

    @Test
    void mappingAndListDefaultsGiveTheJavaModel() {
        SchemaDef yaml = YamlSchemaReader.read("""
                tables:
                  - name: prefs
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - name: settings
                        type: text
                        mode: json
                        notNull: true
                        default:
                          theme: dark
                          size: 12
                          ratio: 1.5
                          beta: true
                          tags: [a, 'b "quoted"']
                          parent: null
                          nested: {k: [1, 2]}
                      - {name: tags, type: text, mode: json, default: [x, 2, false]}
                      - {name: empty, type: blob, mode: json, default: {}}
                      - {name: computed, type: text, mode: json, default: {sql: "(json_array())"}}
                """, "prefs.yaml");
        assertEquals(SchemaCollector.collect(List.of(Prefs.PREFS)), yaml);
        assertEquals(DefaultValue.string("{\"theme\":\"dark\",\"size\":12,\"ratio\":1.5,\"beta\":true,\"tags\":[\"a\",\"b \\\"quoted\\\"\"],"
                + "\"parent\":null,\"nested\":{\"k\":[1,2]}}"), yaml.tables().get(0).columns().get(1).defaultValue());
    }

    /**
     * JSON.stringify writes a JavaScript object's array-index keys first, ascending (drizzle-kit 0.31.11 writes
     * {@code text("cfg", { mode: "json" }).default({ b: 1, "2": 2, "10": { z: 1, "1": 0 }, a: 4 })} as
     * {@code DEFAULT '{"2":2,"10":{"1":0,"z":1},"b":1,"a":4}'}); in insertion order the default differed from the snapshot of
     * a drizzle-kit folder and db:generate wrote a rebuild of the table for nothing.
     */
    @Test
    void aMappingDefaultListsArrayIndexKeysFirstAsJavaScriptDoes() {
        SchemaDef yaml = YamlSchemaReader.read("""
                tables:
                  - name: t
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: cfg, type: text, mode: json, default: {b: 1, "2": 2, "10": {z: 1, "1": 0}, a: 4, "01": 5, "4294967295": 6, "4294967294": 7, "-1": 8}}
                """, "t.yaml");
        // node -e 'console.log(JSON.stringify({b:1,"2":2,"10":{z:1,"1":0},a:4,"01":5,"4294967295":6,"4294967294":7,"-1":8}))'
        assertEquals(DefaultValue.string("{\"2\":2,\"10\":{\"1\":0,\"z\":1},\"4294967294\":7,\"b\":1,\"a\":4,\"01\":5,\"4294967295\":6,\"-1\":8}"),
                yaml.tables().get(0).columns().get(1).defaultValue());
        Map<Object, Object> java = new LinkedHashMap<>();
        java.put("b", 1);
        java.put(2, 2);
        assertEquals("{\"2\":2,\"b\":1}", dev.godwit.schema.Json.write(java));   // defaultValue(Map) in Java
    }

    @Test
    void aListDefaultWithoutJsonModeIsAnErrorWithTheLine() {
        SchemaException e = assertThrows(SchemaException.class, () -> YamlSchemaReader.read("""
                tables:
                  - name: prefs
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: tags, type: text, default: [x]}
                """, "prefs.yaml"));
        assertTrue(e.getMessage().contains("prefs.yaml line 5: \"default\" of column \"tags\" of table \"prefs\" must be a number, a string,"
                + " true/false or {sql: \"...\"} (a list or mapping is a JSON default only with mode: json)"), e.getMessage());
    }
}
