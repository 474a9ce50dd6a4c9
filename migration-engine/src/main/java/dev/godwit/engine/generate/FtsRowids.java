package dev.godwit.engine.generate;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.plan.Ddl;
import dev.godwit.engine.plan.Plan;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full-text index with external content ({@code CREATE VIRTUAL TABLE posts_fts USING fts5(title, content='posts')}, SQLite's
 * documented pattern, made in a custom migration and kept by triggers) finds its rows by the content table's rowid. A rebuild's
 * {@code INSERT INTO `__new_posts`(...) SELECT ... FROM `posts`} numbers the rowids of a table without an INTEGER PRIMARY KEY (a
 * text id) afresh, closing the gaps deleted rows left: the index then points at other rows (db:apply's pre-flight refuses it).
 * Where the schema the folder leaves has such an index over a table the plan rebuilds, the copy carries the rowid along; every
 * other copy stays as drizzle-kit writes it.
 */
final class FtsRowids {

    private static final Pattern FTS = Pattern.compile("(?is)^\\s*CREATE\\s+VIRTUAL\\s+TABLE\\s.*?\\bUSING\\s+(fts[45])\\s*\\((.*)\\)\\s*;?\\s*$");
    private static final Pattern CONTENT = Pattern.compile("(?is)(?:^|,)\\s*content\\s*=\\s*('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w$]+)");

    private FtsRowids() {
    }

    /** {@code plan} with the rowid copied in the rebuild of each table an FTS index of {@code db} (the schema before it) reads. */
    static Plan kept(Plan plan, SqliteDatabase db, SchemaDiff diff) {
        if (plan.rebuiltTables().isEmpty()) return plan;
        Map<String, String> indexes = new LinkedHashMap<>();   // case-folded content table to "index" (FTS5, content='table')
        for (Map<String, Object> row : db.query("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
                + " ORDER BY rowid")) {
            Matcher f = FTS.matcher(String.valueOf(row.get("sql")));
            if (!f.matches()) continue;
            Matcher c = CONTENT.matcher(f.group(2));
            if (!c.find()) continue;
            String content = SqlLexer.unquote(c.group(1));
            if (content.isEmpty()) continue;
            indexes.putIfAbsent(SqliteNames.key(content), Quoting.doubleQuoted(String.valueOf(row.get("name"))) + " ("
                    + f.group(1).toUpperCase(java.util.Locale.ROOT) + ", content='" + content + "')");
        }
        if (indexes.isEmpty()) return plan;
        List<String> out = new ArrayList<>(plan.statements());
        List<String> said = new ArrayList<>(plan.warnings());
        boolean changed = false;
        for (String table : plan.rebuiltTables()) {
            String index = indexes.get(SqliteNames.key(table));
            if (index == null || !SqliteNames.key(diff.tableBefore(table)).equals(SqliteNames.key(table))) continue;
            TableDef after = diff.after().table(table).orElse(null);
            // an INTEGER PRIMARY KEY is the rowid, copied with it; a column named rowid hides SQLite's
            if (after == null || after.hasRowidAlias() || after.column("rowid").isPresent()) continue;
            if (diff.before().table(table).flatMap(t -> t.column("rowid")).isPresent()) continue;
            Pattern copy = Pattern.compile("(?s)^(INSERT INTO `[^`]+`\\()(.*\\) SELECT )(.*" + Pattern.quote(" FROM " + Ddl.id(table) + ";") + ")$");
            for (int i = 0; i < out.size(); i++) {
                Matcher m = copy.matcher(out.get(i));
                if (!m.matches()) continue;
                out.set(i, m.group(1) + "rowid, " + m.group(2) + "rowid, " + m.group(3));
                said.add("\"" + table + "\" is rebuilt with its rowids copied: the full-text index " + index + " finds its rows by rowid,"
                        + " and a plain copy numbers them afresh (a table without an INTEGER PRIMARY KEY), pointing the index at other rows.");
                changed = true;
                break;
            }
        }
        return changed ? plan.with(out, said) : plan;
    }
}
