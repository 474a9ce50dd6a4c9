package dev.godwit.engine.preflight;

import static dev.godwit.engine.preflight.StatementText.code;
import static dev.godwit.engine.preflight.StatementText.mentions;
import static dev.godwit.engine.preflight.StatementText.onlyAdds;
import static dev.godwit.engine.preflight.StatementText.REMOVES;
import static dev.godwit.engine.preflight.StatementText.RENAME;
import static dev.godwit.engine.preflight.StatementText.ROWS_ONLY;
import static dev.godwit.engine.preflight.StatementText.UPDATES;
import static dev.godwit.engine.preflight.StatementText.TRIGGER_DELETE;

import dev.godwit.engine.preflight.StatementText.Mentions;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables whose rows a migration's statements can change: those they name, the tables that reference those (foreign-key
 * actions), and the tables named by triggers on any of them; to a fixpoint. The others keep their rows and are not compared,
 * which keeps the pre-flight cheap on large schemas. For one migration's statements, one at a time or all together: the
 * triggers and children are read once.
 */
final class Reach {

    private final Map<String, Shape> all;
    private final Map<String, List<String>> triggerSql = new HashMap<>();
    private final Map<String, List<String>> triggerNames = new HashMap<>();   // by table, in triggerSql's order
    private final Map<String, List<Shape>> childrenOf = new HashMap<>();
    private final List<String> replacing = new ArrayList<>();   // tables with ON CONFLICT REPLACE: a write there deletes rows
    private Map<String, List<Shape>> byWord;   // one-word table names, lower-cased as Mentions reads text
    private List<Shape> oddNames;

    Reach(Replica r, Map<String, Shape> all) {
        this.all = all;
        for (Map<String, Object> row : r.query("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")) {
            triggerSql.computeIfAbsent(SqliteNames.key(String.valueOf(row.get("tbl_name"))), k -> new ArrayList<>()).add(String.valueOf(row.get("sql")));
            triggerNames.computeIfAbsent(SqliteNames.key(String.valueOf(row.get("tbl_name"))), k -> new ArrayList<>()).add(String.valueOf(row.get("name")));
        }
        for (Map<String, Object> row : r.query("SELECT name FROM main.sqlite_master WHERE type = 'table'"
                + " AND replace(replace(upper(sql), char(10), ' '), char(9), ' ') LIKE '%CONFLICT%REPLACE%'")) {
            replacing.add(String.valueOf(row.get("name")));
        }
        // Children by parent, found once: looking through every table for each cascading one was quadratic on large schemas.
        for (Shape child : all.values()) {
            for (String p : new HashSet<>(child.parents().values())) childrenOf.computeIfAbsent(SqliteNames.key(p), k -> new ArrayList<>()).add(child);
        }
    }

    /**
     * The triggers (as they were before the migration) that wrote into {@code table} when {@code statement} ran: those on a
     * table the statement reaches whose body names {@code table}.
     */
    List<String> writersOf(String table, String statement) {
        Set<String> reached = new HashSet<>();
        for (Shape t : of(List.of(statement))) reached.add(SqliteNames.key(t.name()));
        Map<String, String> out = new java.util.TreeMap<>();   // name to body
        Map<String, String> own = new java.util.TreeMap<>();   // the table's own (a trim of an audit log): fired by what wrote there, not the writer
        for (Map.Entry<String, List<String>> e : triggerSql.entrySet()) {
            if (!reached.contains(e.getKey())) continue;
            for (int i = 0; i < e.getValue().size(); i++) {
                String body = body(e.getValue().get(i));
                if (!mentions(body, table)) continue;
                (e.getKey().equals(SqliteNames.key(table)) ? own : out).put(triggerNames.get(e.getKey()).get(i), body);
            }
        }
        if (out.isEmpty()) out = own;
        // those that insert there, when any does (a guard that only reads the table wrote nothing)
        Pattern into = Pattern.compile("(?is)\\b(?:insert|replace)\\b[^;]*?\\binto\\s+(?:\\w+\\s*\\.\\s*)?[\"`\\[]?" + Pattern.quote(table)
                + "(?![\\w$])");
        List<String> inserting = out.entrySet().stream().filter(e -> into.matcher(e.getValue()).find()).map(Map.Entry::getKey).toList();
        return inserting.isEmpty() ? new ArrayList<>(out.keySet()) : inserting;
    }

    /** Whether a trigger's body names {@code table} (so it may write rows there). */
    boolean writtenByTriggers(String table) {
        return triggerSql.values().stream().flatMap(List::stream).anyMatch(sql -> mentions(body(sql), table));
    }

    /**
     * The tables (as {@link SqliteNames#key}) another table's trigger deletes from. A table's own trigger deleting from it
     * (an audit log trimming its oldest rows) keeps it in step with nothing the migration moves.
     */
    Set<String> deletedByTriggers() {
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, List<String>> on : triggerSql.entrySet()) {
            for (String sql : on.getValue()) {
                Matcher d = TRIGGER_DELETE.matcher(sql);
                while (d.find()) {
                    String table = SqliteNames.key(SqlLexer.unquote(d.group(2)));   // group 1: the schema
                    if (!table.equals(on.getKey())) out.add(table);
                }
            }
        }
        return out;
    }

    List<Shape> of(List<String> statements) {
        Set<String> in = new java.util.LinkedHashSet<>();
        Set<String> cascading = new HashSet<>();
        List<String> work = new ArrayList<>();
        for (String st : statements) {
            if (onlyAdds(st)) continue;
            Mentions words = new Mentions(st);
            // A table renamed away takes its children's foreign keys along (SQLite rewrites them), so dropping it later cascades
            // into them; a write into a table with ON CONFLICT REPLACE deletes the rows it conflicts with.
            String code = code(st);
            boolean removes = REMOVES.matcher(code).matches() || RENAME.matcher(code).matches()
                    || ROWS_ONLY.matcher(code).matches() && replacing.stream().anyMatch(words::of);
            boolean updates = UPDATES.matcher(code).matches();
            for (Shape t : named(words)) {
                String key = SqliteNames.key(t.name());
                work.add(key);
                if (removes || updates && t.referenced().stream().anyMatch(words::of)) cascading.add(key);
            }
            for (String key : triggerSql.keySet()) if (!all.containsKey(key) && words.of(key)) work.add(key);
        }
        while (!work.isEmpty()) {
            String key = work.remove(work.size() - 1);
            if (!in.add(key)) continue;
            if (cascading.contains(key)) {
                for (Shape child : childrenOf.getOrDefault(key, List.of())) {
                    String c = SqliteNames.key(child.name());
                    cascading.add(c);
                    work.add(c);
                }
            }
            for (String sql : triggerSql.getOrDefault(key, List.of())) {
                for (Shape t : named(new Mentions(sql))) {
                    String c = SqliteNames.key(t.name());
                    cascading.add(c);
                    work.add(c);
                }
            }
        }
        List<Shape> out = new ArrayList<>();
        for (Map.Entry<String, Shape> e : all.entrySet()) if (in.contains(e.getKey())) out.add(e.getValue());
        return out;
    }

    /**
     * The tables a text names: its words looked up among the tables' names, and the few names that are not one word (spaces,
     * quotes) searched for. Going through every table for every statement was statements x tables on large schemas.
     */
    private List<Shape> named(Mentions words) {
        if (byWord == null) {
            byWord = new HashMap<>();
            oddNames = new ArrayList<>();
            for (Shape t : all.values()) {
                if (Mentions.oneWord(t.name())) byWord.computeIfAbsent(t.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
                else oddNames.add(t);
            }
        }
        List<Shape> out = new ArrayList<>();
        for (String w : words.words) out.addAll(byWord.getOrDefault(w, List.of()));
        for (Shape t : oddNames) if (words.of(t.name())) out.add(t);
        return out;
    }

    /** A trigger's body: what follows its BEGIN (its head names its own table). */
    private static String body(String triggerSql) {
        Matcher b = BEGIN.matcher(triggerSql);
        return b.find() ? triggerSql.substring(b.end()) : triggerSql;
    }

    private static final Pattern BEGIN = Pattern.compile("(?i)\\bBEGIN\\b");
}
