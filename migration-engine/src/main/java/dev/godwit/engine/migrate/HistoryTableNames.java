package dev.godwit.engine.migrate;

import dev.godwit.engine.target.ProjectSettings;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.List;

/**
 * A table, view or index of the schema named like a history table, or a table named as introspection leaves out (another tool's
 * prefix). Under the name of the history table in use, db:generate
 * wrote a migration that db:apply then refuses (the history table is there, or created in the same transaction: see
 * {@code PendingStatements.historyNameClash}); under drizzle-orm's or wrangler's default name with a history's columns, which
 * db:verify, db:pull and db:push leave out as a history table, a table would never be compared or pushed (with other columns it
 * is a table like any other). Refused where the schema is used
 * (db:generate, db:push, db:verify), naming where it is declared.
 */
public final class HistoryTableNames {

    private HistoryTableNames() {
    }

    /** The history table when no setting moves it: drizzle-orm's. */
    public static final ProjectSettings.History DEFAULT = new ProjectSettings.History(HistoryTable.DRIZZLE_DEFAULT, false, "the default");

    public static void require(SchemaDef schema, ProjectSettings.History history) {
        List<String> problems = problems(schema, history == null ? DEFAULT : history);
        if (!problems.isEmpty()) throw new SchemaException(problems);
    }

    static List<String> problems(SchemaDef schema, ProjectSettings.History history) {
        List<String> out = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            String why = clash(t.name(), history, true);
            // under the other tool's default name, a table is left out only when its columns are a history's (Introspector.holdsAHistory)
            if (why != null && !SqliteNames.same(t.name(), history.name())
                    && dev.godwit.engine.introspect.Introspector.isDefaultHistoryName(t.name()) && !historyColumns(t)) why = null;
            if (why != null) out.add(schema.sources().table(t.name()) + ": " + why);
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (IndexDef i : t.indexes()) {
                int nth = seen.merge(i.name(), 1, Integer::sum) - 1;
                String w = clash(i.name(), history, false);
                if (w != null) out.add(schema.sources().entryOrTable(t.name(), "index", i.name(), nth) + ": index \"" + i.name() + "\": " + w);
            }
        }
        for (ViewDef v : schema.views()) {
            String why = clash(v.name(), history, false);
            if (why != null) out.add(schema.sources().view(v.name()) + ": " + why);
        }
        return out;
    }

    /** Whether the table declares drizzle-orm's history columns (hash, created_at) or wrangler's (name, applied_at). */
    private static boolean historyColumns(TableDef t) {
        return dev.godwit.engine.introspect.Introspector.hasHistoryColumns(t.columnNames());
    }

    /**
     * Why {@code name} cannot be used, or null; {@code table}: a table's name, which may not be one of the default history names
     * either (introspection leaves tables so named out; views and indexes it reads whatever their name).
     */
    private static String clash(String name, ProjectSettings.History history, boolean table) {
        String key = SqliteNames.key(name);
        if (key.equals(SqliteNames.key(history.name()))) {
            return "the name is that of the history table Godwit records applied migrations in (" + history.name() + ", "
                    + (history.source().equals("the default") ? "the default" : "set by " + history.source()) + "), so db:apply would"
                    + " refuse the migration creating it; give it another name, or keep the history in another table: -Ddb.migrationsTable=NAME"
                    + " (or migrations_table in wrangler's config)";
        }
        String prefix = table ? dev.godwit.engine.introspect.Introspector.excludedPrefix(name) : null;
        if (prefix != null && !prefix.equals("sqlite_")) {   // sqlite_ is refused as SQLite's own when the schema is read
            // introspection leaves such a table out as another tool's: pushed once, db:push then failed "table ... already exists"
            return "the name starts with " + prefix + ", the prefix of " + switch (prefix) {
                case "_cf_" -> "Cloudflare D1's own tables (D1 refuses to create it)";
                case "_litestream_" -> "Litestream's tables";
                case "libsql_" -> "libSQL's tables";
                default -> "Godwit's own tables";
            } + ", which db:verify, db:pull and db:push always leave out, so it would never be checked or pushed (a second db:push"
                    + " fails: the table already exists); give it another name";
        }
        boolean drizzle = key.equals(HistoryTable.DRIZZLE_DEFAULT);
        if (table && drizzle || table && key.equals(HistoryTable.WRANGLER_DEFAULT)) {
            return "the name and columns are those of " + (drizzle ? "drizzle-orm's" : "wrangler's") + " history table, which db:verify, db:pull"
                    + " and db:push leave out as a history table (this project keeps its history in " + history.name() + "), so it would never"
                    + " be checked or pushed; give it another name";
        }
        return null;
    }
}
