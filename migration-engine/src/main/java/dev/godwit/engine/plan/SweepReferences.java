package dev.godwit.engine.plan;

import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A migration deletes whole tables' rows in one sweep (DROP TABLE, or DELETE FROM before a rebuild refills a table), and
 * wherever foreign keys stay on (D1, a transaction) each deleted row fires the ON DELETE action of the rows that point at
 * it. Rows of a table deleted before (children first) are gone by then, but not those of the same table (a tree) or of a
 * table in a cycle: there SET NULL, or SET DEFAULT with no default, writes NULL into every column of the key, and a NOT NULL
 * one refuses it ("NOT NULL constraint failed"). A multi-tenant tree does exactly that: {@code (tenant_id, parent_id)
 * REFERENCES t(tenant_id, id) ON DELETE SET NULL} with {@code tenant_id NOT NULL}. So before the sweep such references are
 * cut: a nullable column of the key set to NULL (the row then points nowhere), or else a self reference pointed at the row
 * itself (deleting a row touches only rows that still point at it). The rows were copied aside before, or go for good.
 */
final class SweepReferences {

    private SweepReferences() {
    }

    /** The UPDATEs to run before deleting the rows of {@code swept}, in the order given (children first). */
    static List<String> cut(List<TableDef> swept, List<TableDef> allTables) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < swept.size(); i++) {
            TableDef t = swept.get(i);
            for (ForeignKeyDef fk : t.foreignKeys()) {
                int parent = indexOf(swept, fk.refTable());
                // a parent swept later finds this table's rows gone already; the same table or an earlier one does not
                if (parent < 0 || parent > i || !actionMayFail(t, fk)) continue;
                String statement = cut(t, fk, allTables);
                if (statement != null && !out.contains(statement)) out.add(statement);
            }
        }
        return out;
    }

    static final String IGNORE_CHECKS = "PRAGMA ignore_check_constraints=ON;";
    static final String ENFORCE_CHECKS = "PRAGMA ignore_check_constraints=OFF;";

    /**
     * Whether a CHECK of a swept table reads a column that an ON DELETE SET NULL / SET DEFAULT writes during the sweep (a
     * folder tree whose CHECK lets only the root have no parent): SQLite checks the action's UPDATE ("CHECK constraint
     * failed"), although the row goes with the sweep. No UPDATE before can help (a NULL, or the row pointing at itself, may
     * break the CHECK just as well), so the sweep runs under {@link #IGNORE_CHECKS}, which holds inside a transaction and
     * which D1 allows, and {@link #ENFORCE_CHECKS} follows it before any row comes back.
     */
    static boolean checksMeetActions(List<TableDef> swept) {
        for (int i = 0; i < swept.size(); i++) {
            TableDef t = swept.get(i);
            for (ForeignKeyDef fk : t.foreignKeys()) {
                int parent = indexOf(swept, fk.refTable());
                if (parent < 0 || parent > i || (fk.onDelete() != FkAction.SET_NULL && fk.onDelete() != FkAction.SET_DEFAULT)) continue;
                for (CheckDef check : t.checks()) {
                    for (String column : fk.columns()) if (SqlitePlanner.mentions(check.expression(), column)) return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(List<TableDef> tables, String name) {
        for (int i = 0; i < tables.size(); i++) if (tables.get(i).name().equals(name)) return i;
        return -1;
    }

    /** Whether the ON DELETE action writes NULL into a NOT NULL column of the key. */
    static boolean actionMayFail(TableDef t, ForeignKeyDef fk) {
        if (fk.onDelete() != FkAction.SET_NULL && fk.onDelete() != FkAction.SET_DEFAULT) return false;
        for (String name : fk.columns()) {
            ColumnDef c = t.column(name).orElse(null);
            if (c == null || !c.notNull()) continue;
            if (fk.onDelete() == FkAction.SET_NULL || c.defaultValue() == null || c.defaultValue().sql().trim().equalsIgnoreCase("NULL")) return true;
        }
        return false;
    }

    private static String cut(TableDef t, ForeignKeyDef fk, List<TableDef> allTables) {
        Set<String> keysOthersName = new HashSet<>(t.primaryKeyColumns());
        for (TableDef other : allTables) {
            for (ForeignKeyDef o : other.foreignKeys()) if (o.refTable().equals(t.name())) keysOthersName.addAll(o.refColumns());
        }
        for (String name : fk.columns()) {
            ColumnDef c = t.column(name).orElse(null);
            // a column no key points at: setting it NULL fires no ON UPDATE action
            if (c != null && !c.notNull() && !keysOthersName.contains(name)) {
                return "UPDATE " + Ddl.id(t.name()) + " SET " + Ddl.id(name) + " = NULL WHERE " + Ddl.id(name) + " IS NOT NULL;";
            }
        }
        if (!fk.refTable().equals(t.name())) return null;
        List<String> sets = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (int k = 0; k < fk.columns().size(); k++) {
            String col = fk.columns().get(k);
            String ref = fk.refColumns().get(k);
            if (!col.equals(ref)) sets.add(Ddl.id(col) + " = " + Ddl.id(ref));
            present.add(Ddl.id(col) + " IS NOT NULL");
        }
        if (sets.isEmpty()) return null;   // every row points at itself already
        return "UPDATE " + Ddl.id(t.name()) + " SET " + String.join(", ", sets) + " WHERE " + String.join(" AND ", present) + ";";
    }
}
