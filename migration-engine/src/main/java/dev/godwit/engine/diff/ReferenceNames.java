package dev.godwit.engine.diff;

import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Foreign keys as SQLite resolves them: a {@code REFERENCES Users(ID)} names table {@code users} and its column {@code id}
 * (SQLite's names are case-insensitive), and a YAML schema or a database read back may spell the target so. The diff and the
 * planner find tables by their exact name; with the target spelled otherwise they missed the children of a rebuilt table and
 * rebuilt it the short way, whose DROP deletes ON DELETE CASCADE children where foreign keys stay on (D1, a transaction).
 * So a target is spelled as its table and columns are.
 */
public final class ReferenceNames {

    private ReferenceNames() {
    }

    /** The schema with every foreign key's target table and columns spelled as declared; the same schema when they already are. */
    public static SchemaDef spelledAsDeclared(SchemaDef schema) {
        Map<String, TableDef> byKey = new HashMap<>();
        for (TableDef t : schema.tables()) byKey.putIfAbsent(SqliteNames.key(t.name()), t);
        List<TableDef> tables = new ArrayList<>();
        boolean changed = false;
        for (TableDef t : schema.tables()) {
            List<ForeignKeyDef> fks = new ArrayList<>();
            boolean fkChanged = false;
            for (ForeignKeyDef fk : t.foreignKeys()) {
                ForeignKeyDef spelled = spelled(fk, byKey);
                fkChanged |= spelled != fk;
                fks.add(spelled);
            }
            tables.add(fkChanged ? t.withForeignKeys(fks) : t);
            changed |= fkChanged;
        }
        return changed ? new SchemaDef(tables, schema.views()) : schema;
    }

    private static ForeignKeyDef spelled(ForeignKeyDef fk, Map<String, TableDef> byKey) {
        TableDef target = byKey.get(SqliteNames.key(fk.refTable()));
        if (target == null) return fk;   // a dangling key: nothing to spell it after
        List<String> refColumns = new ArrayList<>();
        for (String c : fk.refColumns()) refColumns.add(spelledAs(c, target.columnNames()));
        if (target.name().equals(fk.refTable()) && refColumns.equals(fk.refColumns())) return fk;
        return fk.withRefTable(target.name()).withColumns(fk.columns(), refColumns);
    }

    /**
     * {@code name} as {@code declared} spells it: itself when declared so, else the declared name equal to it in SQLite's
     * comparison (ASCII case folded; SQLite allows no two such names side by side), else itself.
     */
    static String spelledAs(String name, List<String> declared) {
        return SqliteNames.asDeclared(name, declared);
    }
}
