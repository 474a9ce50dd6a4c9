package dev.godwit.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.model.SchemaDef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadedSchemasTest {

    @AfterEach
    void forget() {
        LoadedSchemas.clear();
    }

    @Test
    void givesTheKeptSchemaOnlyForTheSameFingerprintAndKeepsOnlyTheLast() {
        SchemaDef a = new SchemaDef(List.of(), List.of());
        SchemaDef b = new SchemaDef(List.of(), List.of());
        assertEquals(Optional.empty(), LoadedSchemas.get("f1"));
        LoadedSchemas.put("f1", a);
        assertSame(a, LoadedSchemas.get("f1").orElseThrow());
        assertTrue(LoadedSchemas.get("f2").isEmpty(), "another fingerprint: another state of the inputs");
        LoadedSchemas.put("f2", b);
        assertSame(b, LoadedSchemas.get("f2").orElseThrow());
        assertTrue(LoadedSchemas.get("f1").isEmpty(), "only the last one is kept");
    }
}
