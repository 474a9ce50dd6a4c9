package dev.godwit.engine.introspect;

import dev.godwit.schema.model.SchemaDef;
import java.util.List;
import java.util.Set;

/**
 * What introspection found: the schema, and what the database has that the model cannot hold
 * (STRICT, WITHOUT ROWID, ON CONFLICT clauses, virtual tables, ...), one sentence each.
 *
 * @param withoutRowid the tables declared WITHOUT ROWID, by name (the studio addresses their rows by primary key)
 * @param triggers     the triggers on the tables read, name to CREATE TRIGGER statement as stored (db:verify -Ddb.drift compares them)
 */
public record IntrospectionResult(SchemaDef schema, List<String> warnings, Set<String> withoutRowid, java.util.Map<String, String> triggers) {
    public IntrospectionResult {
        warnings = List.copyOf(warnings);
        withoutRowid = Set.copyOf(withoutRowid);
        triggers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(triggers));
    }

    public IntrospectionResult(SchemaDef schema, List<String> warnings, Set<String> withoutRowid) {
        this(schema, warnings, withoutRowid, java.util.Map.of());
    }

    public IntrospectionResult(SchemaDef schema, List<String> warnings) {
        this(schema, warnings, Set.of());
    }
}
