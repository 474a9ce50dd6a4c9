package dev.godwit.engine.generate;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A foreign key whose ON DELETE / ON UPDATE writes NULL (SET NULL, or SET DEFAULT where there is no default) into a NOT NULL
 * column: SQLite takes the schema, then refuses every delete (or key update) of a referenced parent row with "NOT NULL
 * constraint failed". Not refused (a database made that way pulls as it is), but said when a migration brings it in.
 */
final class NullingForeignKeys {

    private NullingForeignKeys() {
    }

    /** One warning for each such foreign key of {@code after} that {@code before} did not have. */
    static List<String> warnings(SchemaDef before, SchemaDef after) {
        List<String> out = new ArrayList<>();
        for (TableDef t : after.tables()) {
            Optional<TableDef> was = before.table(t.name());
            for (ForeignKeyDef fk : t.foreignKeys()) {
                boolean hadKey = was.isPresent() && was.get().foreignKeys().contains(fk);
                for (String action : List.of("DELETE", "UPDATE")) {
                    FkAction a = action.equals("DELETE") ? fk.onDelete() : fk.onUpdate();
                    if (a != FkAction.SET_NULL && a != FkAction.SET_DEFAULT) continue;
                    for (String c : fk.columns()) {
                        ColumnDef col = t.column(c).orElse(null);
                        if (!nulls(col, a)) continue;
                        // said once: not again while the key and the column stay as they were (a column made NOT NULL later,
                        // or losing its default under SET DEFAULT, brings the problem in with that migration)
                        if (hadKey && nulls(was.get().column(c).orElse(null), a)) continue;
                        out.add("\"" + t.name() + "\".\"" + c + "\" is NOT NULL but its foreign key \"" + fk.name() + "\" is ON " + action + " "
                                + (a == FkAction.SET_NULL ? "SET NULL" : "SET DEFAULT (with no default)") + ": SQLite will refuse every "
                                + action.toLowerCase(java.util.Locale.ROOT) + " of a referenced \"" + fk.refTable() + "\" row (NOT NULL constraint"
                                + " failed). Drop notNull(), or use CASCADE or RESTRICT");
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether the action writes NULL into the NOT NULL column. */
    private static boolean nulls(ColumnDef col, FkAction a) {
        return col != null && col.notNull() && (a == FkAction.SET_NULL || col.defaultValue() == null);
    }
}
