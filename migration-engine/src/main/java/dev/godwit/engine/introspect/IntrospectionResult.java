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
 * @param virtualTables the virtual tables read (an FTS5 index; their shadow tables not), name to CREATE VIRTUAL TABLE statement as
 *                      stored: the model has no place for them, db:verify -Ddb.drift compares them as it does triggers
 * @param unresolvedForeignKeys foreign keys left out of the schema (and warned about) because they name no columns and the
 *                      target has no primary key of their width: SQLite fails every write to the child, so db:pull refuses them
 * @param unmodelled    by table, in the order read, the clauses the model has no place for other than STRICT and WITHOUT ROWID
 *                      (ON CONFLICT, DEFERRABLE INITIALLY DEFERRED, a collated key), each also in {@code warnings} as
 *                      {@link Introspector#clauseWarning}: db:pull says per table what comes of losing them
 */
public record IntrospectionResult(SchemaDef schema, List<String> warnings, Set<String> withoutRowid, java.util.Map<String, String> triggers,
                                  java.util.Map<String, String> virtualTables, List<String> unresolvedForeignKeys,
                                  java.util.Map<String, List<UnmodelledClause>> unmodelled) {
    public IntrospectionResult {
        unmodelled = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unmodelled));
        unresolvedForeignKeys = List.copyOf(unresolvedForeignKeys);
        warnings = List.copyOf(warnings);
        withoutRowid = Set.copyOf(withoutRowid);
        triggers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(triggers));
        virtualTables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(virtualTables));
    }

    public IntrospectionResult(SchemaDef schema, List<String> warnings, Set<String> withoutRowid, java.util.Map<String, String> triggers,
                               java.util.Map<String, String> virtualTables, List<String> unresolvedForeignKeys) {
        this(schema, warnings, withoutRowid, triggers, virtualTables, unresolvedForeignKeys, java.util.Map.of());
    }

    public IntrospectionResult(SchemaDef schema, List<String> warnings, Set<String> withoutRowid, java.util.Map<String, String> triggers,
                               java.util.Map<String, String> virtualTables) {
        this(schema, warnings, withoutRowid, triggers, virtualTables, List.of());
    }

    public IntrospectionResult(SchemaDef schema, List<String> warnings, Set<String> withoutRowid, java.util.Map<String, String> triggers) {
        this(schema, warnings, withoutRowid, triggers, java.util.Map.of());
    }

    public IntrospectionResult(SchemaDef schema, List<String> warnings, Set<String> withoutRowid) {
        this(schema, warnings, withoutRowid, java.util.Map.of());
    }

    public IntrospectionResult(SchemaDef schema, List<String> warnings) {
        this(schema, warnings, Set.of());
    }
}
