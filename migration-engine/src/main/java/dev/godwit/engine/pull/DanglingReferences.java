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

    /**
     * @param schemaWithout the schema without those foreign keys, for the validator to report the rest
     * @param filtered      whether one of them references a table the tables filter leaves out (the way on is then the filter)
     */
    record Found(List<String> problems, SchemaDef schemaWithout, boolean filtered) {
    }

    private DanglingReferences() {
    }

    static Found in(SchemaDef schema) {
        return in(schema, dev.godwit.engine.introspect.TablesFilter.ALL);
    }

    /**
     * @param filter the tables the schema code is to hold ({@code -Ddb.tablesFilter}): a key to a table the database has but the
     *               filter leaves out is named as such (the database is not missing it, so neither creating the table nor rebuilding
     *               the child without its reference is the way on, but keeping the table with the filter)
     */
    static Found in(SchemaDef schema, dev.godwit.engine.introspect.TablesFilter filter) {
        List<String> problems = new ArrayList<>();
        boolean filtered = false;
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            List<ForeignKeyDef> kept = new ArrayList<>();
            for (ForeignKeyDef fk : t.foreignKeys()) {
                String problem = problem(schema, t, fk, filter);
                if (problem == null) kept.add(fk);
                else problems.add(problem);
                filtered |= problem != null && !filter.isEmpty() && !filter.matches(fk.refTable()) && !has(schema, fk.refTable());
            }
            tables.add(kept.size() == t.foreignKeys().size() ? t : t.withForeignKeys(kept));
        }
        return new Found(problems, problems.isEmpty() ? schema : new SchemaDef(tables, schema.views()), filtered);
    }

    private static String problem(SchemaDef schema, TableDef t, ForeignKeyDef fk, dev.godwit.engine.introspect.TablesFilter filter) {
        String at = (fk.columns().size() == 1 ? "column \"" + t.name() + "\".\"" + fk.columns().get(0) + "\"" : "table \"" + t.name() + "\"")
                + ": foreign key \"" + fk.name() + "\" references ";
        Optional<TableDef> target = schema.tableNamed(fk.refTable());
        if (target.isEmpty() && !filter.isEmpty() && !filter.matches(fk.refTable())) {
            return at + "table \"" + fk.refTable() + "\", which -Ddb.tablesFilter=" + filter.describe() + " leaves out of the schema code"
                    + " (the database has it): a table of the schema cannot reference a table outside it. Add a pattern that keeps \""
                    + fk.refTable() + "\" to the filter, so that it is pulled too";
        }
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

    private static boolean has(SchemaDef schema, String table) {
        return schema.tableNamed(table).isPresent();
    }

    private static boolean has(TableDef t, String column) {
        return t.columnNamed(column).isPresent();
    }
}
