package dev.godwit.engine.plan;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the planner cannot write as SQL that applies, found before it writes anything. Quotes of
 * every kind, newlines and unicode in names are written safely (every identifier is quoted), and a
 * string literal holding drizzle's statement separator is written as an equal concatenation. What
 * is left is refused: a name that holds the separator (no quoting can hide it from migrators that
 * cut the file at it), and SQL fragments (defaults, checks, generated columns, index keys and
 * WHERE clauses, views) that hold it outside a string literal, leave a quote or comment open, end
 * in a {@code --} comment (it would swallow the rest of the statement), hold a {@code ;} (it
 * would end the statement early) or leave parentheses unbalanced (they would end or swallow the
 * clause around it).
 */
final class SqlSafety {

    private static final String MARKER = SqlLexer.BREAKPOINT;

    private SqlSafety() {
    }

    static void require(SchemaDef schema) {
        List<String> problems = problems(schema);
        if (!problems.isEmpty()) throw new UnsafeSqlException(problems);
    }

    static List<String> problems(SchemaDef schema) {
        // Where a problem is ("column "users"."email", default") is written out only for a problem found.
        List<String> p = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            Supplier<String> at = () -> "table " + show(t.name());
            name(p, at, t.name());
            for (ColumnDef c : t.columns()) {
                Supplier<String> cat = () -> "column " + show(t.name()) + "." + show(c.name());
                name(p, cat, c.name());
                if (c.defaultValue() != null) fragment(p, () -> cat.get() + ", default", c.defaultValue().sql());
                if (c.generated() != null) fragment(p, () -> cat.get() + ", generated expression", c.generated().as());
            }
            for (IndexDef i : t.indexes()) {
                Supplier<String> iat = () -> at.get() + ", index " + show(i.name());
                name(p, iat, i.name());
                for (IndexDef.Key k : i.keys()) if (k.expression()) fragment(p, () -> iat.get() + ", key", k.text());
                if (i.where() != null) fragment(p, () -> iat.get() + ", WHERE", i.where());
            }
            for (CheckDef c : t.checks()) {
                Supplier<String> cat = () -> at.get() + ", check " + show(c.name());
                name(p, cat, c.name());
                fragment(p, cat, c.expression());
            }
        }
        for (ViewDef v : schema.views()) {
            Supplier<String> at = () -> "view " + show(v.name());
            name(p, at, v.name());
            if (v.existing() || v.definition() == null) continue;
            String stripped = v.definition().strip();
            String def = stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1) : stripped;
            fragment(p, () -> at.get() + ", definition", def, true);
        }
        return p;
    }

    private static void name(List<String> p, Supplier<String> at, String name) {
        if (name.contains(MARKER)) {
            p.add(at.get() + ": the name holds drizzle's statement separator \"" + MARKER + "\", at which every migrator cuts a"
                    + " migration file (quoting cannot hide it); rename it");
        }
    }

    private static void fragment(List<String> p, Supplier<String> where, String sql) {
        fragment(p, where, sql, false);
    }

    /** @param endsStatement the fragment ends its statement (a view's SELECT): a -- comment at its end is closed by the planner */
    private static void fragment(List<String> p, Supplier<String> where, String sql, boolean endsStatement) {
        List<Token> tokens = SqlLexer.tokenize(sql);
        for (Token t : tokens) {
            if (!t.isTerminated()) {
                p.add(where.get() + ": " + show(sql) + " leaves " + (t.isComment() ? "a /* comment" : "a quote") + " open at character "
                        + (t.start() + 1) + "; close it");
                return;
            }
            if (t.kind() == Kind.LINE_COMMENT && t.end() == sql.length() && !endsStatement) {
                p.add(where.get() + ": " + show(sql) + " ends in a -- comment, which would swallow the rest of the statement;"
                        + " end the comment with a line break or write it as /* ... */");
                return;
            }
            if (t.isPunct(";")) {
                p.add(where.get() + ": " + show(sql) + " holds a ; at character " + (t.start() + 1) + ", which would end the statement"
                        + " early; remove it");
                return;
            }
        }
        int depth = 0;
        for (Token t : tokens) {
            if (t.isPunct("(")) depth++;
            if (t.isPunct(")") && --depth < 0) {
                p.add(where.get() + ": " + show(sql) + " closes a parenthesis it did not open, at character " + (t.start() + 1)
                        + ", which would end the surrounding clause early; balance the parentheses");
                return;
            }
        }
        if (depth > 0) {
            p.add(where.get() + ": " + show(sql) + " leaves " + depth + " parenthesis(es) open; balance the parentheses");
            return;
        }
        if (SqlitePlanner.hideBreakpointMarker(sql).contains(MARKER)) {
            p.add(where.get() + ": " + show(sql) + " holds drizzle's statement separator \"" + MARKER + "\" outside a string literal,"
                    + " where it cannot be written safely; remove it (inside a '...' literal it is fine)");
        }
    }

    /** A name or fragment in double quotes, with line breaks shown as \n so the message stays on one line. */
    private static String show(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
