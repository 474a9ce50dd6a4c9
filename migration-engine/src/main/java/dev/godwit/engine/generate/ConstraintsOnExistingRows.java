package dev.godwit.engine.generate;

import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.SchemaDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A UNIQUE index, CHECK, foreign key or primary key added to a table that already has rows loses nothing: rows that break it
 * make the migration fail at apply (one transaction: nothing changes). db:generate cannot see the rows, so it says so in a
 * warning, with what to do.
 */
final class ConstraintsOnExistingRows {

    // the pre-flight runs a local file's real rows; D1's replica holds synthesised ones, which cannot show duplicates or orphans
    private static final String FAILS = " make db:apply fail at this migration, which then changes nothing (its pre-flight finds such rows"
            + " in a local file before applying anything, not on D1)";

    private ConstraintsOnExistingRows() {
    }

    /** One warning for each such constraint on a table the migration does not create. */
    static List<String> warnings(SchemaDiff diff) {
        Set<String> created = diff.changes().stream().filter(c -> c instanceof Change.CreateTable).map(Change::table).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        for (Change c : diff.changes()) {
            if (c.table() == null || created.contains(c.table())) continue;
            String t = q(c.table());
            if (c instanceof Change.CreateIndex i && i.index().unique()) {
                out.add("New UNIQUE index " + q(i.index().name()) + " on " + t + ": rows already sharing its key" + FAILS
                        + ". Remove or merge the duplicates first, in a custom migration before this one.");
            } else if (c instanceof Change.AddCheck ch) {
                out.add("New CHECK " + q(ch.check().name()) + " on " + t + " (" + ch.check().expression() + "): rows already breaking it" + FAILS
                        + ". Fix those rows first, in a custom migration before this one.");
            } else if (c instanceof Change.AddForeignKey fk) {
                out.add("New foreign key " + q(fk.fk().name()) + " on " + t + fk.fk().columns() + " -> " + q(fk.fk().refTable()) + ": rows whose "
                        + String.join(", ", fk.fk().columns()) + " no " + q(fk.fk().refTable()) + " row has" + FAILS
                        + ". Set them NULL or add the missing parents first, in a custom migration before this one.");
            } else if (c instanceof Change.AlterPrimaryKey pk && pk.after() != null) {
                out.add("New primary key " + pk.after().columns() + " on " + t + ": rows already sharing a key" + FAILS
                        + ". Remove or merge the duplicates first, in a custom migration before this one.");
            } else if (c instanceof Change.AlterColumn a && a.after().primaryKey() && !a.before().primaryKey()) {
                out.add("New primary key " + q(a.after().name()) + " on " + t + ": rows already sharing a value there" + FAILS
                        + ". Remove or merge the duplicates first, in a custom migration before this one.");
            }
        }
        return out;
    }

    private static String q(String name) {
        return "\"" + name + "\"";
    }
}
