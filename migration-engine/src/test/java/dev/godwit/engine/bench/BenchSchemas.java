package dev.godwit.engine.bench;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark schema, shaped like the oracle's: N tables of 12 columns, two indexes each and a
 * foreign key to an earlier table; and a version with 5% of the tables changed (a column added,
 * a type changed so the table is rebuilt, an index added, in turn).
 */
final class BenchSchemas {

    private BenchSchemas() {
    }

    static SchemaDef initial(int tables) {
        List<TableDef> out = new ArrayList<>();
        for (int i = 0; i < tables; i++) out.add(table(i, false));
        return new SchemaDef(out, List.of());
    }

    static SchemaDef changed(int tables, double fraction) {
        List<TableDef> out = new ArrayList<>();
        int every = (int) Math.round(1 / fraction);
        for (int i = 0; i < tables; i++) out.add(table(i, i % every == every - 1));
        return new SchemaDef(out, List.of());
    }

    private static String name(int i) {
        return String.format("t%04d", i);
    }

    private static TableDef table(int i, boolean changed) {
        String n = name(i);
        List<ColumnDef> cols = new ArrayList<>();
        cols.add(ColumnDef.of("id", "integer").withPrimaryKey(true).withAutoincrement(true));
        cols.add(ColumnDef.of("parent_id", "integer"));
        cols.add(ColumnDef.of("name", "text").withNotNull(true));
        cols.add(ColumnDef.of("email", "text"));
        cols.add(ColumnDef.of("score", changed && i % 3 == 1 ? "integer" : "real").withDefault(DefaultValue.number(0)));
        cols.add(ColumnDef.of("active", "integer").withNotNull(true).withDefault(DefaultValue.bool(true)));
        cols.add(ColumnDef.of("created_at", "integer").withNotNull(true).withDefault(DefaultValue.sql("(unixepoch())")));
        cols.add(ColumnDef.of("updated_at", "integer"));
        cols.add(ColumnDef.of("payload", "blob"));
        cols.add(ColumnDef.of("amount", "numeric"));
        cols.add(ColumnDef.of("status", "text").withDefault(DefaultValue.string("new")));
        cols.add(ColumnDef.of("note", "text"));
        if (changed && i % 3 == 0) cols.add(ColumnDef.of("extra", "text"));
        List<IndexDef> idx = new ArrayList<>();
        idx.add(IndexDef.onColumns(n + "_name_idx", List.of("name"), false, null));
        idx.add(IndexDef.onColumns(n + "_email_unique", List.of("email"), true, null));
        if (changed && i % 3 == 2) idx.add(IndexDef.onColumns(n + "_status_idx", List.of("status"), false, null));
        List<ForeignKeyDef> fks = new ArrayList<>();
        if (i > 0) {
            String ref = name(i / 2);
            fks.add(new ForeignKeyDef(ForeignKeyDef.defaultName(n, List.of("parent_id"), ref, List.of("id")), n, List.of("parent_id"), ref,
                    List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION));
        }
        return new TableDef(n, cols, null, idx, fks, List.of(), null);
    }
}
