package dev.godwit.engine.testing;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;

/** Small tables for tests: an integer primary key {@code id} and text columns. */
public final class TestTables {

    private TestTables() {
    }

    public static TableDef table(String name, String... textColumns) {
        List<ColumnDef> cols = new ArrayList<>();
        cols.add(ColumnDef.of("id", "integer").withPrimaryKey(true));
        for (String c : textColumns) cols.add(ColumnDef.of(c, "text"));
        return new TableDef(name, cols, null, List.of(), List.of(), List.of(), null);
    }
}
