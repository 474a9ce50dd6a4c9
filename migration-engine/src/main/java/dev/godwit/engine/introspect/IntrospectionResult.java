package dev.godwit.engine.introspect;

import dev.godwit.schema.model.SchemaDef;
import java.util.List;
import java.util.Set;

/**
 * What introspection found: the schema, and what the database has that the model cannot hold
 * (STRICT, WITHOUT ROWID, ON CONFLICT clauses, virtual tables, ...), one sentence each.
 *
 * @param withoutRowid the tables declared WITHOUT ROWID, by name (the studio addresses their rows by primary key)
 */
public record IntrospectionResult(SchemaDef schema, List<String> warnings, Set<String> withoutRowid) {
    public IntrospectionResult {
        warnings = List.copyOf(warnings);
        withoutRowid = Set.copyOf(withoutRowid);
    }

    public IntrospectionResult(SchemaDef schema, List<String> warnings) {
        this(schema, warnings, Set.of());
    }
}
