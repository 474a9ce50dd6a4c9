package dev.godwit.engine.introspect;

import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tables of earlier introspections of one database, for the next: a table whose CREATE statement, index statements
 * and parent tables' CREATE statements are what they were introspects to what it did, so it is taken as it was, without
 * its PRAGMA rows. For a database introspected again and again between small changes (db:verify's replay, before every
 * migration that rewrites rows: 500 tables took ~30 ms each time, a rebuild changing two or three of them).
 */
public final class IntrospectionReuse {

    /**
     * One table as introspected: what it was read from ({@code sql}, {@code indexSql}, {@code parentSql} by the key of every
     * table its foreign keys name, null for one that was not there), and what it gave (with what other tables' keys read of it).
     */
    record Kept(String sql, List<String> indexSql, Map<String, String> parentSql, TableDef def, List<String> columnNames,
                List<String> primaryKey) {
    }

    private final Map<String, Kept> byKey = new HashMap<>();

    /** The table as introspected before, if it was read from the same statements; else null. */
    Kept find(String name, String sql, List<String> indexSql, Map<String, String> sqlByKey) {
        Kept k = byKey.get(SqliteNames.key(name));
        if (k == null || !k.def().name().equals(name) || !Objects.equals(k.sql(), sql) || !k.indexSql().equals(indexSql)) return null;
        for (Map.Entry<String, String> p : k.parentSql().entrySet()) if (!Objects.equals(p.getValue(), sqlByKey.get(p.getKey()))) return null;
        return k;
    }

    void keep(Kept k) {
        byKey.put(SqliteNames.key(k.def().name()), k);
    }
}
