package dev.godwit.engine.generate;

import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;

/**
 * An index dropped and created again over the same keys, uniqueness and WHERE under a name that differs only in underscores
 * and letter case: only its name changes. That
 * is what a drizzle-kit folder made with {@code casing: 'snake_case'} gets from an unnamed unique declared the same way here:
 * drizzle names it after the TypeScript keys ({@code users_displayName_unique}), Godwit after the column names
 * ({@code users_display_name_unique}). Said, with the declaration that keeps the folder's name, rather than left to be read
 * out of a DROP INDEX and a CREATE INDEX.
 */
final class RenamedOnlyIndexes {

    private RenamedOnlyIndexes() {
    }

    static List<String> warnings(SchemaDiff diff) {
        List<String> out = new ArrayList<>();
        for (Change c : diff.changes()) {
            if (!(c instanceof Change.DropIndex drop)) continue;
            for (Change o : diff.changes()) {
                if (!(o instanceof Change.CreateIndex create) || !SqliteNames.key(create.table()).equals(SqliteNames.key(drop.table()))) continue;
                IndexDef was = drop.index(), now = create.index();
                // the same name but for underscores and letter case: users_displayName_unique and users_display_name_unique; a
                // rename of the user's own (t_x_unique to x_uq) is deliberate and not said
                if (was.name().equals(now.name()) || !squashed(was.name()).equals(squashed(now.name())) || was.unique() != now.unique()
                        || !was.keys().equals(now.keys()) || !java.util.Objects.equals(was.where(), now.where())) continue;
                boolean oneColumn = now.unique() && now.where() == null && now.keys().size() == 1 && !now.keys().get(0).expression();
                out.add("Index \"" + was.name() + "\" on \"" + drop.table() + "\" is dropped and created again as \"" + now.name()
                        + "\" over the same keys: only its name changes (drizzle-kit with casing: 'snake_case' names an unnamed unique"
                        + " after the TypeScript keys). To keep the folder's name, declare it: "
                        + (oneColumn ? ".unique(\"" + was.name() + "\") on the column (YAML: unique: " + was.name() + "), or "
                                : "")
                        + (now.unique() ? "unique(\"" + was.name() + "\").on(...)" : "index(\"" + was.name() + "\").on(...)")
                        + " (YAML: name: " + was.name() + ").");
                break;
            }
        }
        return out;
    }

    private static String squashed(String name) {
        return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }
}
