package dev.godwit.engine.introspect;

import dev.godwit.engine.sql.CallArguments;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what PRAGMAs do not tell from the CREATE statements SQLite keeps in {@code sqlite_master}:
 * constraint names, CHECK and generated expressions, defaults as written, AUTOINCREMENT, partial
 * index conditions, expression index keys, view definitions and table options.
 */
final class DdlParser {

    private DdlParser() {
    }

    static final class ParsedColumn {
        String name;
        String type = "";
        boolean primaryKey;
        String primaryKeyName;
        boolean autoincrement;
        boolean notNull;
        String defaultSql;
        String generatedAs;
        String generatedType;
        final List<String> extra = new ArrayList<>();
    }

    record ParsedFk(String name, List<String> columns, String refTable, List<String> refColumns, FkAction onDelete, FkAction onUpdate) {
    }

    /**
     * A UNIQUE constraint; {@code collated}, its keys as written where one names a collation ({@code UNIQUE (email COLLATE
     * NOCASE)}: unique without regard to case, which its columns alone do not say), else null.
     */
    record ParsedUnique(String name, List<String> columns, List<String> collated) {
        ParsedUnique(String name, List<String> columns) {
            this(name, columns, null);
        }
    }

    record ParsedCheck(String name, String expression) {
    }

    static final class ParsedTable {
        String name;
        final List<ParsedColumn> columns = new ArrayList<>();
        String primaryKeyName;
        List<String> primaryKeyColumns;
        boolean primaryKeyAutoincrement;
        final List<ParsedFk> foreignKeys = new ArrayList<>();
        final List<ParsedUnique> uniques = new ArrayList<>();
        final List<ParsedCheck> checks = new ArrayList<>();
        boolean strict;
        boolean withoutRowid;
        /** Clauses that change behaviour but have no place in the model, as {@link UnmodelledClause}s: lost by a rebuild. */
        final List<UnmodelledClause> unmodelled = new ArrayList<>();

        ParsedColumn column(String n) {
            for (ParsedColumn c : columns) if (SqliteNames.key(c.name).equals(SqliteNames.key(n))) return c;
            return null;
        }
    }

    record ParsedIndex(String name, boolean unique, List<String> keys, List<Boolean> singleName, String where) {
    }

    private static final Set<String> COLUMN_CONSTRAINT_START = Set.of(
            "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    /** Parses {@code CREATE TABLE}; null when there is no column list (e.g. {@code CREATE TABLE x AS SELECT}). */
    static ParsedTable parseTable(String sql) {
        List<Token> ts = SqlTokens.tokenize(sql);
        int i = 0;
        if (i < ts.size() && ts.get(i).is("CREATE")) i++;
        while (i < ts.size() && (ts.get(i).is("TEMP") || ts.get(i).is("TEMPORARY"))) i++;
        if (i >= ts.size() || !ts.get(i).is("TABLE")) return null;
        i++;
        if (i + 2 < ts.size() && ts.get(i).is("IF") && ts.get(i + 1).is("NOT") && ts.get(i + 2).is("EXISTS")) i += 3;
        if (i >= ts.size()) return null;
        ParsedTable t = new ParsedTable();
        t.name = ts.get(i).name();
        i++;
        if (i + 1 < ts.size() && ts.get(i).isPunct(".")) {
            t.name = ts.get(i + 1).name();
            i += 2;
        }
        if (i >= ts.size() || !ts.get(i).isPunct("(")) return null;
        int close = SqlTokens.closing(ts, i);
        for (CallArguments.Argument part : CallArguments.of(ts, i + 1, close)) {
            Token first = ts.get(part.start());
            if (first.kind() == Kind.WORD && (first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE")
                    || first.is("CHECK") || first.is("FOREIGN"))) {
                tableConstraint(sql, ts, part.start(), part.end(), t);
            } else {
                t.columns.add(column(sql, ts, part.start(), part.end(), t));
            }
        }
        for (CallArguments.Argument opt : CallArguments.of(ts, close + 1, ts.size())) {
            for (int k = opt.start(); k < opt.end(); k++) {
                if (ts.get(k).is("STRICT")) t.strict = true;
                if (ts.get(k).is("ROWID")) t.withoutRowid = true;
            }
        }
        return t;
    }

    private static ParsedColumn column(String sql, List<Token> ts, int from, int to, ParsedTable t) {
        ParsedColumn c = new ParsedColumn();
        c.name = ts.get(from).name();
        int i = from + 1;
        int typeStart = i;
        while (i < to) {
            Token k = ts.get(i);
            if (k.kind() == Kind.WORD && COLUMN_CONSTRAINT_START.contains(k.upper())) break;
            if (k.isPunct("(")) i = SqlTokens.closing(ts, i);
            i++;
        }
        c.type = SqlTokens.text(sql, ts, typeStart, Math.min(i, to) - 1).strip();
        String pending = null;
        while (i < to) {
            Token k = ts.get(i);
            if (k.is("CONSTRAINT") && i + 1 < to) {
                pending = ts.get(i + 1).name();
                i += 2;
                continue;
            }
            if (k.is("PRIMARY")) {
                c.primaryKey = true;
                c.primaryKeyName = pending;
                i += 2;
                if (i < to && (ts.get(i).is("ASC") || ts.get(i).is("DESC"))) i++;
                i = conflictClause(ts, i, to, t, "column " + quoted(c.name) + " PRIMARY KEY", "PRIMARY KEY", List.of(c.name));
                if (i < to && ts.get(i).is("AUTOINCREMENT")) {
                    c.autoincrement = true;
                    i++;
                }
            } else if (k.is("NOT") && i + 1 < to && ts.get(i + 1).is("NULL")) {
                c.notNull = true;
                i = conflictClause(ts, i + 2, to, t, "column " + quoted(c.name) + " NOT NULL", "NOT NULL", List.of(c.name));
            } else if (k.is("NULL")) {
                // SQLite parses a NULL constraint's ON CONFLICT and ignores it: nothing that a rebuild could lose
                i = i + 2 < to && ts.get(i + 1).is("ON") && ts.get(i + 2).is("CONFLICT") ? Math.min(i + 4, to) : i + 1;
            } else if (k.is("UNIQUE")) {
                t.uniques.add(new ParsedUnique(pending, List.of(c.name)));
                i = conflictClause(ts, i + 1, to, t, "column " + quoted(c.name) + " UNIQUE", "UNIQUE", List.of(c.name));
            } else if (k.is("CHECK") && i + 1 < to && ts.get(i + 1).isPunct("(")) {
                int close = SqlTokens.closing(ts, i + 1);
                t.checks.add(new ParsedCheck(pending, inner(sql, ts, i + 1, close)));
                i = close + 1;
            } else if (k.is("DEFAULT") && i + 1 < to) {
                int s = i + 1;
                int e = s;
                Token v = ts.get(s);
                if (v.isPunct("(")) e = SqlTokens.closing(ts, s);
                else if ((v.isPunct("-") || v.isPunct("+")) && s + 1 < to) e = s + 1;
                c.defaultSql = SqlTokens.text(sql, ts, s, e);
                i = e + 1;
            } else if (k.is("COLLATE") && i + 1 < to) {
                c.extra.add(SqlTokens.text(sql, ts, i, i + 1));
                i += 2;
            } else if (k.is("REFERENCES")) {
                i = references(sql, ts, i, to, pending, List.of(c.name), t);
            } else if (k.is("GENERATED") || k.is("AS")) {
                while (i < to && !ts.get(i).isPunct("(")) i++;
                if (i < to) {
                    int close = SqlTokens.closing(ts, i);
                    c.generatedAs = SqlTokens.text(sql, ts, i, close);
                    i = close + 1;
                }
                c.generatedType = "VIRTUAL";
                if (i < to && (ts.get(i).is("STORED") || ts.get(i).is("VIRTUAL"))) {
                    c.generatedType = ts.get(i).upper();
                    i++;
                }
            } else {
                c.extra.add(k.text());
                i++;
            }
            pending = null;
        }
        return c;
    }

    /**
     * Reads an {@code ON CONFLICT} clause at i, if there is one, and records it on the constraint it follows ({@code where}, as
     * written; {@code constraint}, its kind: PRIMARY KEY, UNIQUE, NOT NULL). ABORT is SQLite's default, so losing it
     * changes nothing and it is not recorded.
     */
    private static int conflictClause(List<Token> ts, int i, int to, ParsedTable t, String where, String constraint, List<String> columns) {
        if (i + 1 < to && ts.get(i).is("ON") && ts.get(i + 1).is("CONFLICT")) {
            String action = i + 2 < to ? ts.get(i + 2).upper() : "";
            if (!action.equals("ABORT")) t.unmodelled.add(new UnmodelledClause(where + " ON CONFLICT " + action, constraint + " ON CONFLICT " + action, columns));
            return Math.min(i + 3, to);
        }
        return i;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static int references(String sql, List<Token> ts, int i, int to, String name, List<String> cols, ParsedTable t) {
        i++;
        String ref = i < to ? ts.get(i).name() : "";
        i++;
        List<String> refCols = new ArrayList<>();
        if (i < to && ts.get(i).isPunct("(")) {
            int close = SqlTokens.closing(ts, i);
            refCols = names(ts, i + 1, close);
            i = close + 1;
        }
        FkAction onDelete = FkAction.NO_ACTION;
        FkAction onUpdate = FkAction.NO_ACTION;
        while (i < to) {
            Token k = ts.get(i);
            if (k.is("ON") && i + 1 < to) {
                boolean delete = ts.get(i + 1).is("DELETE");
                i += 2;
                StringBuilder action = new StringBuilder();
                if (i < to && (ts.get(i).is("SET") || ts.get(i).is("NO"))) {
                    action.append(ts.get(i).text()).append(' ');
                    i++;
                }
                if (i < to) action.append(ts.get(i++).text());
                FkAction a = FkAction.parse(action.toString());
                if (delete) onDelete = a;
                else onUpdate = a;
            } else if (k.is("MATCH")) {
                i += 2;
            } else if (k.is("NOT") || k.is("DEFERRABLE") || k.is("INITIALLY") || k.is("DEFERRED") || k.is("IMMEDIATE")) {
                // Only DEFERRABLE INITIALLY DEFERRED defers the check: NOT DEFERRABLE (INITIALLY DEFERRED or not), DEFERRABLE and
                // INITIALLY IMMEDIATE are the default.
                if (k.is("DEFERRED") && i > 1 && ts.get(i - 1).is("INITIALLY") && ts.get(i - 2).is("DEFERRABLE") && !(i > 2 && ts.get(i - 3).is("NOT"))) {
                    t.unmodelled.add(new UnmodelledClause("the foreign key (" + String.join(", ", cols.stream().map(DdlParser::quoted).toList())
                            + ") to " + quoted(ref) + " DEFERRABLE INITIALLY DEFERRED", "DEFERRABLE INITIALLY DEFERRED", List.copyOf(cols)));
                }
                i++;
            } else {
                break;
            }
        }
        t.foreignKeys.add(new ParsedFk(name, cols, ref, refCols, onDelete, onUpdate));
        return i;
    }

    private static void tableConstraint(String sql, List<Token> ts, int from, int to, ParsedTable t) {
        int i = from;
        String name = null;
        if (ts.get(i).is("CONSTRAINT") && i + 1 < to) {
            name = ts.get(i + 1).name();
            i += 2;
        }
        if (i >= to) return;
        Token k = ts.get(i);
        if (k.is("PRIMARY")) {
            int open = i + 2;
            if (open < to && ts.get(open).isPunct("(")) {
                int close = SqlTokens.closing(ts, open);
                t.primaryKeyName = name;
                t.primaryKeyColumns = names(ts, open + 1, close);
                for (int j = open; j < close; j++) if (ts.get(j).is("AUTOINCREMENT")) t.primaryKeyAutoincrement = true;
                for (int j = open; j < close; j++) {
                    if (!ts.get(j).is("COLLATE") || j + 1 >= close) continue;
                    // the key's own collation (unique regardless of case), which the model's primary key has no place for; not where
                    // it is the one its column declares (code TEXT COLLATE NOCASE, PRIMARY KEY (code COLLATE NOCASE)), which the model keeps
                    int part = j;
                    while (part > open + 1 && !ts.get(part - 1).isPunct(",")) part--;
                    if (ts.get(j + 1).name().equalsIgnoreCase(declaredCollation(t, ts.get(part).name()))) continue;
                    t.unmodelled.add(new UnmodelledClause("PRIMARY KEY (" + sql.substring(ts.get(open).end(), ts.get(close).start()).strip() + ")",
                            "PRIMARY KEY COLLATE", t.primaryKeyColumns));
                    break;
                }
                conflictClause(ts, close + 1, to, t, "PRIMARY KEY (" + String.join(", ", t.primaryKeyColumns.stream().map(DdlParser::quoted).toList()) + ")",
                        "PRIMARY KEY", t.primaryKeyColumns);
            }
        } else if (k.is("UNIQUE")) {
            int open = i + 1;
            if (open < to && ts.get(open).isPunct("(")) {
                int close = SqlTokens.closing(ts, open);
                List<String> cols = names(ts, open + 1, close);
                List<String> keys = new ArrayList<>();
                boolean collated = false;
                for (CallArguments.Argument p : CallArguments.of(ts, open + 1, close)) {
                    keys.add(SqlTokens.text(sql, ts, p.start(), p.end() - 1));
                    for (int j = p.start(); j < p.end(); j++) if (ts.get(j).is("COLLATE")) collated = true;
                }
                t.uniques.add(new ParsedUnique(name, cols, collated ? keys : null));
                conflictClause(ts, close + 1, to, t, "UNIQUE (" + String.join(", ", cols.stream().map(DdlParser::quoted).toList()) + ")", "UNIQUE", cols);
            }
        } else if (k.is("CHECK")) {
            int open = i + 1;
            if (open < to && ts.get(open).isPunct("(")) {
                t.checks.add(new ParsedCheck(name, inner(sql, ts, open, SqlTokens.closing(ts, open))));
            }
        } else if (k.is("FOREIGN")) {
            int open = i + 2;
            if (open < to && ts.get(open).isPunct("(")) {
                int close = SqlTokens.closing(ts, open);
                List<String> cols = names(ts, open + 1, close);
                if (close + 1 < to && ts.get(close + 1).is("REFERENCES")) references(sql, ts, close + 1, to, name, cols, t);
            }
        }
    }

    /** The first name of each comma-separated part: {@code (a COLLATE x DESC, "b")} gives a, b. */
    private static List<String> names(List<Token> ts, int from, int to) {
        List<String> out = new ArrayList<>();
        for (CallArguments.Argument p : CallArguments.of(ts, from, to)) out.add(ts.get(p.start()).name());
        return out;
    }

    /** The collation {@code column} declares ({@code email TEXT COLLATE NOCASE}): BINARY where it declares none. */
    static String declaredCollation(ParsedTable t, String column) {
        String declared = "BINARY";
        for (ParsedColumn c : t.columns) {
            if (!dev.godwit.schema.model.SqliteNames.key(c.name).equals(dev.godwit.schema.model.SqliteNames.key(column))) continue;
            for (String x : c.extra) {
                List<Token> e = SqlTokens.tokenize(x);
                if (e.size() == 2 && e.get(0).is("COLLATE")) declared = e.get(1).name();
            }
        }
        return declared;
    }

    /**
     * The text inside the parentheses at {@code open} and {@code close}, as written. A {@code --} comment at its end keeps the
     * line break that ends it ({@code CHECK (qty > 0 -- positive}, then the {@code )} on the next line): written back into a
     * statement without it, the comment would swallow the rest.
     */
    private static String inner(String sql, List<Token> ts, int open, int close) {
        String text = sql.substring(ts.get(open).end(), ts.get(close).start()).strip();
        List<Token> all = dev.godwit.engine.sql.SqlLexer.tokenize(text);
        return !all.isEmpty() && all.get(all.size() - 1).kind() == Kind.LINE_COMMENT ? text + "\n" : text;
    }

    /** Parses {@code CREATE [UNIQUE] INDEX name ON table (keys) [WHERE cond]}; null if it is not one. */
    static ParsedIndex parseIndex(String sql) {
        List<Token> ts = SqlTokens.tokenize(sql);
        int i = 0;
        if (i < ts.size() && ts.get(i).is("CREATE")) i++;
        boolean unique = false;
        if (i < ts.size() && ts.get(i).is("UNIQUE")) {
            unique = true;
            i++;
        }
        if (i >= ts.size() || !ts.get(i).is("INDEX")) return null;
        i++;
        if (i + 2 < ts.size() && ts.get(i).is("IF") && ts.get(i + 1).is("NOT") && ts.get(i + 2).is("EXISTS")) i += 3;
        if (i >= ts.size()) return null;
        String name = ts.get(i++).name();
        if (i + 1 < ts.size() && ts.get(i).isPunct(".")) {
            name = ts.get(i + 1).name();
            i += 2;
        }
        while (i < ts.size() && !ts.get(i).isPunct("(")) i++;
        if (i >= ts.size()) return null;
        int close = SqlTokens.closing(ts, i);
        List<String> keys = new ArrayList<>();
        List<Boolean> single = new ArrayList<>();
        for (CallArguments.Argument p : CallArguments.of(ts, i + 1, close)) {
            keys.add(SqlTokens.text(sql, ts, p.start(), p.end() - 1));
            Token first = ts.get(p.start());
            single.add(p.end() - p.start() == 1 && (first.kind() == Kind.WORD || first.kind() == Kind.QUOTED));
        }
        String where = null;
        if (close + 1 < ts.size() && ts.get(close + 1).is("WHERE") && close + 2 < ts.size()) {
            where = sql.substring(ts.get(close + 2).start(), ts.get(ts.size() - 1).end()).strip();
            if (where.endsWith(";")) where = where.substring(0, where.length() - 1).strip();
        }
        return new ParsedIndex(name, unique, keys, single, where);
    }

    /** The SELECT of {@code CREATE VIEW name [(cols)] AS select}; {@code columns} gets the column list if any. */
    static String viewDefinition(String sql, List<String> columns) {
        List<Token> ts = SqlTokens.tokenize(sql);
        int i = 0;
        while (i < ts.size() && !ts.get(i).is("VIEW")) i++;
        i++;
        if (i + 2 < ts.size() && ts.get(i).is("IF") && ts.get(i + 1).is("NOT") && ts.get(i + 2).is("EXISTS")) i += 3;
        i++;
        if (i + 1 < ts.size() && ts.get(i).isPunct(".")) i += 2;
        if (i < ts.size() && ts.get(i).isPunct("(")) {
            int close = SqlTokens.closing(ts, i);
            columns.addAll(names(ts, i + 1, close));
            i = close + 1;
        }
        if (i >= ts.size() || !ts.get(i).is("AS")) return null;
        String def = sql.substring(ts.get(i).end()).strip();
        if (def.endsWith(";")) def = def.substring(0, def.length() - 1).strip();
        return def;
    }
}
