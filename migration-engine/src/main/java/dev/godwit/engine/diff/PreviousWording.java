package dev.godwit.engine.diff;

import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The schema a new snapshot records: the current one, but where a CHECK or an index's WHERE or expression is the previous
 * snapshot's in other words (its own table's qualifier, drizzle's {@code "t"."col"}, against {@code col.sql()}'s
 * {@code "col"}; a text block's last line end) and the diff found no change to it, the previous snapshot's words are kept.
 * drizzle-kit compares these texts as written: a snapshot rewording them had its next {@code drizzle-kit generate} drop and
 * create the index, or rebuild the table for the CHECK (whose {@code DROP TABLE} under drizzle-orm's migrate() cascades to
 * the children's rows), for a schema that did not change.
 */
public final class PreviousWording {

    private PreviousWording() {
    }

    public static SchemaDef keep(SchemaDiff diff, SchemaDef current) {
        if (diff.before() == null || current == null) return current;
        Set<String> touched = new HashSet<>();
        for (Change c : diff.changes()) {
            if (c instanceof Change.DropCheck d) touched.add(key(d.table(), "check", d.check().name()));
            else if (c instanceof Change.DropIndex d) touched.add(key(d.table(), "index", d.index().name()));
            else if (c instanceof Change.RenameTable r) touched.add(key(r.to(), "table", ""));
        }
        List<TableDef> tables = new ArrayList<>(current.tables().size());
        boolean changed = false;
        for (TableDef t : current.tables()) {
            TableDef was = diff.before().table(t.name()).orElse(null);
            TableDef kept = was == null || !was.name().equals(t.name()) || touched.contains(key(t.name(), "table", "")) ? t : keep(was, t, touched);
            changed |= kept != t;
            tables.add(kept);
        }
        return changed ? new SchemaDef(tables, current.views(), current.sources()) : current;
    }

    private static TableDef keep(TableDef was, TableDef is, Set<String> touched) {
        String table = is.name();
        List<CheckDef> checks = new ArrayList<>();
        boolean changed = false;
        for (CheckDef c : is.checks()) {
            CheckDef prev = was.checks().stream().filter(p -> p.name().equals(c.name())).findFirst().orElse(null);
            boolean same = prev != null && !prev.expression().equals(c.expression()) && !touched.contains(key(table, "check", c.name()))
                    && Objects.equals(CheckText.comparable(prev.expression(), table), CheckText.comparable(c.expression(), table));
            checks.add(same ? prev : c);
            changed |= same;
        }
        List<IndexDef> indexes = new ArrayList<>();
        for (IndexDef i : is.indexes()) {
            IndexDef prev = was.index(i.name()).filter(p -> p.name().equals(i.name())).orElse(null);
            boolean same = prev != null && !prev.equals(i) && !touched.contains(key(table, "index", i.name())) && SchemaDiffer.sameIndex(prev, table, i, table);
            indexes.add(same ? prev : i);
            changed |= same;
        }
        return changed ? is.withChecks(checks).withIndexes(indexes) : is;
    }

    private static String key(String table, String kind, String name) {
        return table + "\u0000" + kind + "\u0000" + name;
    }
}
