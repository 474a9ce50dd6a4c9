package dev.godwit.engine.pull;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Foreign keys of a pulled database that reference a table or column the database does not have. SQLite keeps them while
 * foreign keys are off (CREATE TABLE checks nothing), and then fails every write to the child table once they are on.
 * A schema cannot declare them, so db:pull is refused, and each is named with what is missing and what to do.
 */
final class DanglingReferences {

    /** @param schemaWithout the schema without those foreign keys, for the validator to report the rest */
    record Found(List<String> problems, SchemaDef schemaWithout) {
    }

    private DanglingReferences() {
    }

    static Found in(SchemaDef schema) {
        List<String> problems = new ArrayList<>();
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            List<ForeignKeyDef> kept = new ArrayList<>();
            for (ForeignKeyDef fk : t.foreignKeys()) {
                String problem = problem(schema, t, fk);
                if (problem == null) kept.add(fk);
                else problems.add(problem);
            }
            tables.add(kept.size() == t.foreignKeys().size() ? t : t.withForeignKeys(kept));
        }
        return new Found(problems, problems.isEmpty() ? schema : new SchemaDef(tables, schema.views()));
    }

    private static String problem(SchemaDef schema, TableDef t, ForeignKeyDef fk) {
        String at = (fk.columns().size() == 1 ? "column \"" + t.name() + "\".\"" + fk.columns().get(0) + "\"" : "table \"" + t.name() + "\"")
                + ": foreign key \"" + fk.name() + "\" references ";
        Optional<TableDef> target = schema.tables().stream()
                .filter(x -> SqliteNames.key(x.name()).equals(SqliteNames.key(fk.refTable()))).findFirst();
        if (target.isEmpty()) {
            return at + "table \"" + fk.refTable() + "\", which the database does not have; with foreign keys on (always on D1) every insert"
                    + " into \"" + t.name() + "\" fails (\"no such table: main." + fk.refTable() + "\"). Create table \"" + fk.refTable()
                    + "\" in the database, or rebuild \"" + t.name() + "\" without the reference";
        }
        List<String> missing = fk.refColumns().stream().filter(c -> !has(target.get(), c)).toList();
        if (missing.isEmpty()) return null;
        String ref = target.get().name();
        String names = String.join(", ", missing.stream().map(c -> "\"" + c + "\"").toList());
        return at + (missing.size() == 1 ? "column \"" + ref + "\".\"" + missing.get(0) + "\"" : "columns " + names + " of \"" + ref + "\"")
                + ", which table \"" + ref + "\" does not have; with foreign keys on (always on D1) every write to \"" + t.name()
                + "\" fails (\"foreign key mismatch\"). Rebuild \"" + t.name() + "\" to reference a key of \"" + ref + "\" (its primary key),"
                + " or add " + names + " to \"" + ref + "\" with a unique index";
    }

    private static boolean has(TableDef t, String column) {
        for (ColumnDef c : t.columns()) if (SqliteNames.key(c.name()).equals(SqliteNames.key(column))) return true;
        return false;
    }
}
