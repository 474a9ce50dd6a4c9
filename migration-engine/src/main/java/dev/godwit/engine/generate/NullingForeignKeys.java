package dev.godwit.engine.generate;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A foreign key whose ON DELETE / ON UPDATE writes NULL (SET NULL, or SET DEFAULT where there is no default) into a NOT NULL
 * column: SQLite takes the schema, then refuses every delete (or key update) of a referenced parent row with "NOT NULL
 * constraint failed". Not refused (a database made that way pulls as it is), but said when a migration brings it in.
 */
final class NullingForeignKeys {

    private NullingForeignKeys() {
    }

    /**
     * One warning for each such foreign key of {@code after} that {@code before} did not have.
     *
     * @param before the previous schema with this migration's renames applied (so a renamed table, column or parent keeps its key)
     */
    static List<String> warnings(SchemaDef before, SchemaDef after) {
        List<String> out = new ArrayList<>();
        for (TableDef t : after.tables()) {
            Optional<TableDef> was = before.table(t.name());
            for (ForeignKeyDef fk : t.foreignKeys()) {
                // by what it does, not its name: drizzle's default name changes with a rename of either table or a column
                boolean hadKey = was.isPresent() && was.get().foreignKeys().stream().anyMatch(k -> k.sameConstraint(fk));
                Map<String, List<String>> actionsByColumn = new LinkedHashMap<>();   // the first column each action nulls
                for (String action : List.of("DELETE", "UPDATE")) {
                    FkAction a = action.equals("DELETE") ? fk.onDelete() : fk.onUpdate();
                    if (a != FkAction.SET_NULL && a != FkAction.SET_DEFAULT) continue;
                    for (String c : fk.columns()) {
                        if (!nulls(t.column(c).orElse(null), a)) continue;
                        // said once: not again while the key and the column stay as they were (a column made NOT NULL later,
                        // or losing its default under SET DEFAULT, brings the problem in with that migration)
                        if (!(hadKey && nulls(was.get().column(c).orElse(null), a))) actionsByColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(action);
                        break;
                    }
                }
                // ON DELETE and ON UPDATE nulling one column are one problem with one fix: one warning
                actionsByColumn.forEach((c, actions) -> out.add("\"" + t.name() + "\".\"" + c + "\" is NOT NULL but its foreign key \"" + fk.name()
                        + "\" is " + String.join(" and ", actions.stream().map(a -> "ON " + a + " " + setting(a.equals("DELETE") ? fk.onDelete() : fk.onUpdate())).toList())
                        + ": SQLite will refuse every " + String.join(" or ", actions.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList())
                        + " of a referenced \"" + fk.refTable() + "\" row (NOT NULL constraint failed). Drop notNull(), or use CASCADE or RESTRICT"));
            }
        }
        return out;
    }

    private static String setting(FkAction a) {
        return a == FkAction.SET_NULL ? "SET NULL" : "SET DEFAULT (with no default)";
    }

    /** Whether the action writes NULL into the NOT NULL column. */
    private static boolean nulls(ColumnDef col, FkAction a) {
        return col != null && col.notNull() && (a == FkAction.SET_NULL || col.defaultValue() == null);
    }
}
