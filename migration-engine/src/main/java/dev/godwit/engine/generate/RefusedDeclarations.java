package dev.godwit.engine.generate;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.plan.Ddl;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.SourceMap;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tables and indexes whose SQL fragments SQLite refuses when they are created: a CHECK or index WHERE with a subquery,
 * random() or datetime('now') in a generated column or WHERE, a DEFAULT reading a column, an aggregate in a CHECK.
 * Godwit copies these fragments as written, so db:generate would write a migration that fails at apply, after the
 * statements before it ran. Each table that is new or changed is created, with its indexes, in an empty in-memory
 * database (no other table is needed: SQLite resolves foreign keys and views later), and what SQLite says is reported
 * before anything is written.
 *
 * <p>Views the other way round: SQLite creates a view without checking what it reads, so a view naming a column no table has
 * (a typo, a column of another table) would be applied and fail on every query. Each new or changed view is read over the
 * schema's tables (their columns) and views; only what is certainly wrong is refused (no such column, an ambiguous one), as a
 * view may read a table or view the schema does not declare (an FTS5 table a custom migration makes).
 */
public final class RefusedDeclarations {

    private RefusedDeclarations() {
    }

    /**
     * SQLite's default limit of columns in a table (SQLITE_MAX_COLUMN): a wider table is tried even without SQL fragments, where
     * before its migration was written and failed at apply.
     */
    private static final int SQLITE_MAX_COLUMNS = 2000;

    /**
     * {@code before} holds the tables under their names after this migration's renames. Returns the warnings for what may be right:
     * a view reading a table or view the schema does not declare, one typo away from one it does (a custom migration may make it).
     */
    public static List<String> require(SchemaDef before, SchemaDef after) {
        return require(before, after, name -> null);
    }

    /**
     * As {@link #require(SchemaDef, SchemaDef)}, with no warning for a view reading a table or view the folder's migrations make (a
     * custom migration's {@code CREATE TABLE post_tags} beside a declared {@code posts_tags}): {@code madeByMigrations} gives its
     * CREATE statement (null where they do not make it), asked with the name SQLite reports missing; the view is then read again
     * with it, so what else it reads is checked too.
     */
    public static List<String> require(SchemaDef before, SchemaDef after, java.util.function.Function<String, String> madeByMigrations) {
        // Only a table with such a fragment, or a new or changed view, can be refused; most changes have none, and db:generate then opens no database at all
        // (SQLite's classes and native library cost a fresh JVM about a tenth of a second).
        List<TableDef> changed = after.tables().stream().filter(t -> hasFragments(t) || t.columns().size() > SQLITE_MAX_COLUMNS)
                .filter(t -> !before.table(t.name()).map(old -> Objects.equals(old, t)).orElse(false)).toList();
        List<ViewDef> views = after.views().stream().filter(v -> !v.existing() && v.definition() != null)
                .filter(v -> !before.view(v.name()).map(old -> Objects.equals(old.definition(), v.definition())).orElse(false)).toList();
        if (changed.isEmpty() && views.isEmpty()) return List.of();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!changed.isEmpty()) problems.addAll(quotedNamesReadAsText(changed, before, after.sources()));
        if (!changed.isEmpty()) problems.addAll(refusedTables(changed, after.sources()));
        if (!changed.isEmpty()) problems.addAll(CurrentTimeReads.in(changed, before, after.sources()));
        if (!views.isEmpty()) problems.addAll(unreadableViews(after, views, warnings, madeByMigrations));
        if (!problems.isEmpty()) throw new SchemaException(problems);
        return warnings;
    }

    /** What SQLite says of each table's CREATE TABLE and its indexes, each created in an empty database; {@code where} names their declarations. */
    private static List<String> refusedTables(List<TableDef> tables, SourceMap where) {
        List<String> problems = new ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            for (TableDef t : tables) {
                // a collation SQLite lacks is warned about (UnknownCollations): an application may register it; the rest is checked
                UnknownCollations.in(t).forEach(db::stubCollation);
                String reason = refusal(db, Ddl.createTable(t));
                if (reason != null && reason.strip().startsWith("too many columns on ")) {
                    // no CHECK, DEFAULT or generated column is at fault: the table itself is too wide
                    problems.add(where.table(t.name()) + ": the table has " + String.format(java.util.Locale.ROOT, "%,d", t.columns().size())
                            + " columns and SQLite allows at most " + String.format(java.util.Locale.ROOT, "%,d", SQLITE_MAX_COLUMNS)
                            + " in a table (Cloudflare D1: 100), so its CREATE TABLE would fail; split the table");
                    continue;
                }
                if (reason != null) {
                    String check = refusedCheck(t, where);
                    problems.add(check != null ? check : where.table(t.name()) + ": SQLite refuses its CREATE TABLE: " + reason
                            + "; change the CHECK, DEFAULT or generated column it names");
                    continue;
                }
                java.util.Map<String, Integer> seen = new java.util.HashMap<>();
                for (IndexDef i : t.indexes()) {
                    int nth = seen.merge(i.name(), 1, Integer::sum) - 1;
                    String why = refusal(db, Ddl.createIndex(t.name(), i));
                    if (why != null) {
                        problems.add(where.entryOrTable(t.name(), "index", i.name(), nth) + ": index \"" + i.name() + "\": SQLite refuses it: " + why
                                + "; change its WHERE or expression");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The CHECK that alone makes SQLite refuse {@code t}, named where it is declared with SQLite's words, or null when the table
     * without its checks is refused too (a DEFAULT or generated column): SQLite's own words ({@code near ")": syntax error})
     * name no constraint, and a table may hold many.
     */
    private static String refusedCheck(TableDef t, SourceMap where) {
        if (t.checks().isEmpty()) return null;
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            UnknownCollations.in(t).forEach(db::stubCollation);
            if (refusal(db, Ddl.createTable(t.withChecks(List.of()))) != null) return null;
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (dev.godwit.schema.model.CheckDef c : t.checks()) {
                int nth = seen.merge(c.name(), 1, Integer::sum) - 1;
                db.runAtomically(List.of("DROP TABLE " + Quoting.doubleQuoted(t.name())), false);   // the last one tried, which SQLite took
                String why = refusal(db, Ddl.createTable(t.withChecks(List.of(c))));
                if (why != null) {
                    return where.entryOrTable(t.name(), "check", c.name(), nth) + ": check \"" + c.name() + "\" (" + c.expression()
                            + "): SQLite refuses it: " + why + "; change its SQL";
                }
            }
        }
        return null;
    }

    /**
     * New or changed generated columns, index keys and WHEREs, and CHECKs that spell in double quotes a name no column of the table
     * has, where that is certainly a typo: the fragment then reads no column at all, or the name is a typo away from a column's.
     * SQLite creates the table all the same and takes the name for a string (its double-quoted string quirk), so
     * {@code lower("lable")} is the text 'lable' in every row: a generated column holds it, a unique index on it lets the table hold
     * one row, a WHERE or CHECK is the same for every row. Elsewhere ({@code coalesce(nick, "anon")}) such a string is taken as meant.
     */
    static List<String> quotedNamesReadAsText(List<TableDef> tables, SchemaDef before, SourceMap where) {
        List<String> problems = new ArrayList<>();
        for (TableDef t : tables) {
            TableDef old = before.table(t.name()).orElse(null);
            List<String> columnNames = t.columnNames();
            java.util.Set<String> columns = new java.util.HashSet<>();
            for (String c : columnNames) columns.add(dev.godwit.schema.model.SqliteNames.key(c));
            for (ColumnDef c : t.columns()) {
                if (c.generated() == null) continue;
                ColumnDef was = old == null ? null : old.columnNamed(c.name()).orElse(null);
                if (was != null && Objects.equals(was.generated(), c.generated())) continue;
                String text = readAsText(c.generated().as(), columns, columnNames);
                if (text != null) {
                    problems.add(where.column(t.name(), c.name()) + ": generated column \"" + c.name() + "\": " + text
                            + " and the column would hold that text in every row; write the column's name, or the text in single quotes");
                }
            }
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (IndexDef i : t.indexes()) {
                int nth = seen.merge(i.name(), 1, Integer::sum) - 1;
                if (old != null && old.indexes().contains(i)) continue;
                String at = where.entryOrTable(t.name(), "index", i.name(), nth) + ": index \"" + i.name() + "\": ";
                for (IndexDef.Key k : i.keys()) {
                    String text = k.expression() ? readAsText(k.text(), columns, columnNames) : null;
                    if (text != null) {
                        problems.add(at + "the key " + k.text() + ": " + text + " and the key would be that text for every row"
                                + (i.unique() ? " (so a second row breaks the unique index)" : "") + "; write the column's name");
                    }
                }
                String text = i.where() == null ? null : readAsText(i.where(), columns, columnNames);
                if (text != null) problems.add(at + "its WHERE: " + text + " and the WHERE would be the same for every row; write the column's name");
            }
            seen.clear();
            for (dev.godwit.schema.model.CheckDef c : t.checks()) {
                int nth = seen.merge(c.name(), 1, Integer::sum) - 1;
                if (old != null && old.checks().contains(c)) continue;
                String text = readAsText(c.expression(), columns, columnNames);
                if (text != null) {
                    problems.add(where.entryOrTable(t.name(), "check", c.name(), nth) + ": check \"" + c.name() + "\": " + text
                            + " and the check would be the same for every row (failing every insert, or none); write the column's name");
                }
            }
        }
        return problems;
    }

    /**
     * Why SQLite reads a double-quoted name of the fragment as a string where that is certainly a mistake, or null: the first
     * double-quoted name that is no column of the table (and no qualifier, {@code "t"."c"}), if the fragment reads no column at
     * all or the name (of four letters or more) is a typo away from a column's.
     */
    private static String readAsText(String sql, java.util.Set<String> columns, List<String> columnNames) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(sql);
        SqlLexer.Token string = null;
        boolean readsColumn = false;
        String meant = "";
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token t = tokens.get(i);
            if (t.kind() != SqlLexer.Kind.WORD && t.kind() != SqlLexer.Kind.QUOTED) continue;
            boolean qualified = i > 0 && tokens.get(i - 1).isPunct(".") || i + 1 < tokens.size() && tokens.get(i + 1).isPunct(".");
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isPunct("(");
            String key = dev.godwit.schema.model.SqliteNames.key(t.name());
            if (columns.contains(key) && !call) {
                readsColumn = true;
                continue;
            }
            if (qualified || call || t.kind() != SqlLexer.Kind.QUOTED || !t.text().startsWith("\"") || dev.godwit.schema.model.SqliteNames.isRowidName(t.name())) continue;
            // a short string ("y", "no") is an edit away from many names: a typo only where the fragment reads no column
            List<String> near = t.name().length() < 4 ? List.of() : dev.godwit.schema.model.Typos.nearest(t.name(), columnNames);
            if (string == null || meant.isEmpty() && !near.isEmpty()) {
                string = t;
                meant = near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near.stream().map(n -> "\"" + n + "\"").toList()) + "?)";
            }
        }
        if (string == null || readsColumn && meant.isEmpty()) return null;
        return string.text() + " is no column of the table" + meant + ", so SQLite takes it for the string " + Quoting.literal(string.name())
                + " (its double-quoted string quirk; SQLite creates the table all the same)";
    }

    private static final java.util.regex.Pattern CERTAINLY_WRONG = java.util.regex.Pattern.compile("^(no such column|ambiguous column name): .+$");

    private static final java.util.regex.Pattern NO_SUCH_TABLE = java.util.regex.Pattern.compile("^no such table: (?:main\\.)?(.+)$");

    /**
     * The views of {@code views} that SQLite cannot read over the schema's tables and views, each with SQLite's reason; into
     * {@code warnings}, those reading a table the schema lacks whose name is a typo away from a declared one and which
     * {@code madeByMigrations} does not make (one it makes is created, and the view read again).
     */
    private static List<String> unreadableViews(SchemaDef schema, List<ViewDef> views, List<String> warnings,
                                                java.util.function.Function<String, String> madeByMigrations) {
        List<String> out = new ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            GoneNameProbe.createReaders(db, schema, schema, java.util.Set.of());
            for (ViewDef v : views) {
                // SQLite parses a view's SELECT at CREATE VIEW, so a syntax error fails the migration at apply, after the statements
                // before it ran; it resolves no name there, so whatever it refuses here it refuses in any database.
                String refused = refusal(db, "CREATE TEMP VIEW " + Quoting.doubleQuoted(PARSE_PROBE) + " AS " + v.definition());
                if (refused != null) {
                    out.add(schema.sources().view(v.name()) + ": SQLite refuses its CREATE VIEW: " + refused.strip() + " (the migration would fail"
                            + " when applied); change its SQL in the schema");
                    continue;
                }
                refusal(db, "DROP VIEW temp." + Quoting.doubleQuoted(PARSE_PROBE));
                String reason = readAgain(db, v, madeByMigrations);
                if (reason == null) {
                    String literal = doubleQuotedString(db, v.definition());
                    if (literal != null) {
                        String text = SqlLexer.unquote(literal);
                        out.add(schema.sources().view(v.name()) + ": " + literal + " is no column of what the view reads, so SQLite takes it for the"
                                + " string " + Quoting.literal(text) + " (its double-quoted string quirk) and the view would show that text in every"
                                + " row, while a SQLite built without the quirk, as SQLite recommends, refuses it; write " + Quoting.literal(text)
                                + " in single quotes for a string, or the column's name");
                    }
                    continue;
                }
                java.util.regex.Matcher missing = reason == null ? null : NO_SUCH_TABLE.matcher(reason.strip());
                if (missing != null && missing.matches()) {
                    // not refused: a custom migration may make it (an FTS5 table); a name a typo away from a declared one most likely is that one
                    List<String> names = new ArrayList<>();
                    schema.tables().forEach(t -> names.add(t.name()));
                    schema.views().forEach(w -> names.add(w.name()));
                    List<String> near = dev.godwit.schema.model.Typos.nearest(missing.group(1), names);
                    if (!near.isEmpty()) {
                        warnings.add(schema.sources().view(v.name()) + ": it reads \"" + missing.group(1) + "\", which the schema does not declare (did you mean "
                                + String.join(" or ", near.stream().map(n -> "\"" + n + "\"").toList()) + "?). Unless a custom migration makes it,"
                                + " every query on the view fails with \"" + reason.strip() + "\"; SQLite creates a view without checking what it reads");
                    }
                    continue;
                }
                if (reason != null && CERTAINLY_WRONG.matcher(reason.strip()).matches()) {
                    out.add(schema.sources().view(v.name()) + ": SQLite cannot read it: " + reason.strip() + " (SQLite creates a view without checking what"
                            + " it reads, so the migration would apply and every query on the view fail); change its SQL in the schema");
                }
            }
        }
        return out;
    }

    /**
     * Why the view {@code v} cannot be read, null where it can. SQLite names one missing table at a time: one the migrations make
     * (a custom migration's table) is created in {@code db} as they make it and the view read again, so a typo or a wrong column
     * behind it is still found (a view reading post_tags, made, and post, a typo, was passed). The reason then names a table
     * nothing makes, or one whose CREATE fails here.
     */
    private static String readAgain(SqliteDatabase db, ViewDef v, java.util.function.Function<String, String> madeByMigrations) {
        java.util.Set<String> created = new java.util.HashSet<>();
        while (true) {
            String reason;
            try {
                db.query("SELECT 1 FROM " + Quoting.doubleQuoted(v.name()) + " LIMIT 0");
                return null;
            } catch (DatabaseException e) {
                reason = UnreadableViews.reason(e);
            }
            java.util.regex.Matcher missing = reason == null ? null : NO_SUCH_TABLE.matcher(reason.strip());
            if (missing == null || !missing.matches() || !created.add(SqliteNames.key(missing.group(1)))) return reason;
            String made = madeByMigrations.apply(missing.group(1));
            if (made == null || refusal(db, made) != null) return reason;
        }
    }

    private static final String DQS_PROBE = "__godwit_dqs_probe";
    private static final String PARSE_PROBE = "__godwit_parse_probe";

    /** Words after a result column's expression that make it part of a larger one ("nme" = 1): no whole column then. */
    private static final java.util.Set<String> OPERATOR_WORDS = java.util.Set.of("IS", "LIKE", "GLOB", "IN", "NOT", "AND", "OR", "BETWEEN",
            "COLLATE", "ISNULL", "NOTNULL", "MATCH", "REGEXP", "ESCAPE");

    /**
     * The first result column of a view's SELECT that is a double-quoted name SQLite reads as a string literal, as written ("nme"),
     * or null. SQLite takes a double-quoted name that resolves to nothing for a string (the quirk sqlite.org/quirks.html advises
     * against), so {@code SELECT "nme" FROM t} shows the text nme on every row; elsewhere ({@code WHERE status = "paid"}) such a
     * string is what was meant, and left alone. The SELECT with those result columns in backticks, which are never a string, is
     * created as a temporary view and read: its "no such column" names the one that was a string.
     */
    private static String doubleQuotedString(SqliteDatabase db, String select) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(select);
        List<SqlLexer.Token> significant = tokens.stream().filter(t -> !t.isTrivia()).toList();
        java.util.Set<SqlLexer.Token> columns = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> clause = new ArrayList<>(List.of(""));   // the clause each parenthesis depth is in
        // whether what each depth selects reaches the view's rows: a subquery in a WHERE, HAVING, ON, ORDER BY… only tests or
        // sorts, and a string there (exists (select "x" …), in (select "paid")) is taken as meant, as a string in WHERE is
        List<Boolean> shown = new ArrayList<>(List.of(true));
        for (int i = 0; i < significant.size(); i++) {
            SqlLexer.Token t = significant.get(i);
            if (t.isPunct("(")) {
                String in = clause.get(clause.size() - 1);
                shown.add(shown.get(shown.size() - 1) && (in.isEmpty() || in.equals("SELECT") || in.equals("FROM")));
                clause.add("");
            } else if (t.isPunct(")")) {
                if (clause.size() > 1) {
                    clause.remove(clause.size() - 1);
                    shown.remove(shown.size() - 1);
                }
            } else if (t.kind() == SqlLexer.Kind.WORD) {
                String w = t.upper();
                if (w.equals("SELECT") || w.equals("FROM") || w.equals("WHERE") || w.equals("GROUP") || w.equals("HAVING") || w.equals("ORDER")
                        || w.equals("LIMIT") || w.equals("WINDOW") || w.equals("VALUES") || w.equals("ON")) clause.set(clause.size() - 1, w);
                else if (w.equals("JOIN")) clause.set(clause.size() - 1, "FROM");
            } else if (t.kind() == SqlLexer.Kind.QUOTED && t.text().startsWith("\"") && t.isTerminated() && clause.get(clause.size() - 1).equals("SELECT")
                    && shown.get(shown.size() - 1)) {
                SqlLexer.Token before = i > 0 ? significant.get(i - 1) : null;
                SqlLexer.Token after = i + 1 < significant.size() ? significant.get(i + 1) : null;
                boolean starts = before != null && (before.is("SELECT") || before.is("DISTINCT") || before.is("ALL") || before.isPunct(","));
                boolean ends = after == null || after.isPunct(",") || after.isPunct(")") || after.is("FROM") || after.is("AS")
                        || after.kind() == SqlLexer.Kind.QUOTED || after.kind() == SqlLexer.Kind.STRING
                        || after.kind() == SqlLexer.Kind.WORD && !OPERATOR_WORDS.contains(after.upper());
                if (starts && ends) columns.add(t);
            }
        }
        if (columns.isEmpty()) return null;
        StringBuilder backticked = new StringBuilder();
        for (SqlLexer.Token t : tokens) backticked.append(columns.contains(t) ? Quoting.backtick(SqlLexer.unquote(t.text())) : t.text());
        String probe = "temp." + Quoting.doubleQuoted(DQS_PROBE);
        if (refusal(db, "CREATE TEMP VIEW " + Quoting.doubleQuoted(DQS_PROBE) + " AS " + backticked) != null) return null;
        try {
            db.query("SELECT 1 FROM " + probe + " LIMIT 0");
            return null;
        } catch (DatabaseException e) {
            String reason = UnreadableViews.reason(e);
            if (reason == null || !reason.strip().startsWith("no such column: ")) return null;
            String missing = reason.strip().substring("no such column: ".length());
            for (SqlLexer.Token t : tokens) {
                if (columns.contains(t) && missing.equals(SqlLexer.unquote(t.text()))) return t.text();
            }
            return null;
        } finally {
            refusal(db, "DROP VIEW " + probe);
        }
    }

    /** Whether the table declares SQL SQLite checks at CREATE: a CHECK, a generated column, a DEFAULT other than a string literal, an index WHERE or expression. */
    static boolean hasFragments(TableDef t) {
        if (!t.checks().isEmpty()) return true;
        for (ColumnDef c : t.columns()) {
            if (c.generated() != null) return true;
            if (c.defaultValue() != null && c.defaultValue().kind() == DefaultValue.Kind.SQL && mayReadSomething(c.defaultValue().sql())) return true;
        }
        for (IndexDef i : t.indexes()) {
            if (i.where() != null || i.keys().stream().anyMatch(IndexDef.Key::expression)) return true;
        }
        return false;
    }

    /** Words a constant DEFAULT may hold that are no name of a column or table. */
    private static final java.util.Set<String> CONSTANT_WORDS = java.util.Set.of("null", "true", "false", "current_timestamp", "current_date",
            "current_time", "and", "or", "not", "is", "case", "when", "then", "else", "end", "between", "like", "glob", "in", "escape");

    /**
     * Whether a DEFAULT may read something, the one way SQLite refuses a DEFAULT at CREATE ("default value of column ... is not
     * constant"): a subquery, or a name that is neither a function called nor a constant's keyword. {@code (unixepoch())},
     * {@code 'new'} and {@code CURRENT_TIMESTAMP}, the usual ones, cannot.
     */
    private static boolean mayReadSomething(String sql) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(sql);
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token t = tokens.get(i);
            boolean called = i + 1 < tokens.size() && tokens.get(i + 1).isPunct("(");
            if (t.kind() == SqlLexer.Kind.WORD && !called && !CONSTANT_WORDS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) return true;
            if (t.isQuoted() && !t.text().startsWith("'")) return true;   // a quoted name (or a double-quoted string: tried, to be safe)
        }
        return false;
    }

    /** SQLite's words when it refuses {@code sql}, or null when it runs. */
    private static String refusal(SqliteDatabase db, String sql) {
        try {
            db.runAtomically(List.of(sql), false);
            return null;
        } catch (DatabaseException e) {
            return UnreadableViews.reason(e);
        }
    }
}
