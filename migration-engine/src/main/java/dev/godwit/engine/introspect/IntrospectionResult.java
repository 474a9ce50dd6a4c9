package dev.godwit.engine.introspect;

import dev.godwit.schema.model.SchemaDef;
import java.util.List;

/**
 * What introspection found: the schema, and what the database has that the model cannot hold
 * (STRICT, WITHOUT ROWID, ON CONFLICT clauses, virtual tables, ...), one sentence each.
 */
public record IntrospectionResult(SchemaDef schema, List<String> warnings) {
    public IntrospectionResult {
        warnings = List.copyOf(warnings);
    }
}
