package dev.godwit.engine.preflight;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives generated rows to the virtual tables that hold rows of their own: an FTS5, FTS4 or FTS3 table without external content
 * ({@code CREATE VIRTUAL TABLE docs USING fts5(title, body)}) and an R*Tree. The schema model leaves virtual tables out, so {@link
 * RowGenerator} never filled them and a migration deleting from one, or dropping it and creating it again (a new tokenizer) with
 * nothing copied back, went unseen and unsaid. An index with external content is built from its table's rows instead ({@link
 * FtsIndexes}); a table of another module, or a contentless index ({@code content=''}, whose values cannot be read back), is
 * named as not filled.
 */
final class VirtualTableRows {

    private static final Pattern MODULE = Pattern.compile("(?is)^\\s*CREATE\\s+VIRTUAL\\s+TABLE\\s.*?\\bUSING\\s+(\\w+)\\s*(?:\\((.*)\\))?\\s*;?\\s*$");
    private static final Pattern CONTENTLESS = Pattern.compile("(?is)(?:^|,)\\s*content\\s*=\\s*(?:''|\"\")\\s*(?:,|$)");

    private VirtualTableRows() {
    }

    /**
     * Tops every such table that {@code which} takes (by key) up to {@code rows} rows, an R*Tree's ids from its range in {@code keys}.
     * The tables left without a row, each with why.
     */
    static Map<String, String> fill(Replica r, Predicate<String> which, int rows, KeyRanges keys) {
        Map<String, String> notFilled = new LinkedHashMap<>();
        for (Map<String, Object> row : r.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")) {
            String name = String.valueOf(row.get("name"));
            if (!which.test(SqliteNames.key(name))) continue;
            String sql = String.valueOf(row.get("sql"));
            Matcher m = MODULE.matcher(sql);
            String module = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "?";
            String args = m.matches() && m.group(2) != null ? m.group(2) : "";
            boolean fts = module.startsWith("fts");
            boolean rtree = module.startsWith("rtree");
            if (fts && FtsIndexes.contentTable(sql) != null) continue;   // built from its content table's rows
            if (fts && CONTENTLESS.matcher(args).find()) {
                notFilled.put(name, "a contentless full-text index (content=''), whose values cannot be read back to compare");
                continue;
            }
            if (!fts && !rtree) {
                notFilled.put(name, "a virtual table of module " + module + ", which the replay does not know how to fill");
                continue;
            }
            String q = "main." + Quoting.doubleQuoted(name);
            try {
                List<String> columns = new ArrayList<>();
                for (Map<String, Object> c : r.query("SELECT name FROM pragma_table_info(?)", name)) columns.add(String.valueOf(c.get("name")));
                long have = r.count("SELECT count(*) FROM " + q);
                for (long n = have + 1; n <= rows; n++) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        // an R*Tree: its id, then each dimension's min and max; a full-text table: a word per column and row
                        if (rtree) values.add(String.valueOf(i == 0 ? keys.of(name) + n : i % 2 == 1 ? n * 10 : n * 10 + 5));
                        else values.add("'gen" + n + (i > 0 ? "x" + i : "") + "'");
                    }
                    r.exec("INSERT INTO " + q + "(" + String.join(", ", columns.stream().map(Quoting::doubleQuoted).toList()) + ") VALUES ("
                            + String.join(", ", values) + ")");
                }
            } catch (DatabaseException e) {
                if (r.count("SELECT count(*) FROM " + q) == 0) notFilled.put(name, e.databaseMessage() == null ? e.getMessage() : e.databaseMessage());
            }
        }
        return notFilled;
    }

    /**
     * The virtual tables of {@code replica} (by key) that hold rows in {@code live}, the database it is a copy of: one query of EXISTS
     * probes per 50 tables ({@link Preflight#holdingRows}; on D1 each query is a request), each table on its own only where that query fails.
     */
    static Set<String> holdingRows(Database live, Replica replica) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> row : replica.query("SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")) {
            names.add(String.valueOf(row.get("name")));
        }
        Set<String> out = new java.util.HashSet<>();
        for (int from = 0; from < names.size(); from += 50) {
            List<String> part = names.subList(from, Math.min(names.size(), from + 50));
            try {
                Preflight.holdingRows(live, part).forEach(n -> out.add(SqliteNames.key(n)));
            } catch (DatabaseException oneUnreadable) {
                for (String name : part) {
                    try {
                        if (!Preflight.holdingRows(live, List.of(name)).isEmpty()) out.add(SqliteNames.key(name));
                    } catch (DatabaseException unreadable) {
                        // a module this connection lacks: the replica could not have made it either
                    }
                }
            }
        }
        return out;
    }
}
