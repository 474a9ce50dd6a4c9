package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SelectParts;
import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An UPDATE that sets a column to a CAST of a product or quotient to an integer, the usual move of money to integer cents ({@code SET
 * amount_cents = CAST(amount * 100 AS INTEGER)}): a REAL holds 0.29 * 100 as 28.999999999999996, which the CAST cuts to 28, a cent
 * lost on that row. Counted on real rows before the statement runs: the rows it updates whose argument is a fraction within a
 * millionth of a whole number and nearer zero than it (a hair beyond, 0.07 * 100 as 7.000000000000001, is cast to the 7 meant). Every value is written on purpose, so the comparison after the migration never sees it.
 */
final class CastTruncation {

    /** What {@link #before} found: the column, the CAST as written, and one value it cuts (its argument, then the integer it gives). */
    record Cut(String table, String column, String cast, long rows, long of, String argument, String result) {
    }

    private static final double NEAR = 1e-6;

    private CastTruncation() {
    }

    /** The CASTs of {@code u}, an UPDATE about to run ({@link PlainUpdate#of}), that cut a value just short of a whole number; empty otherwise. */
    static List<Cut> before(Replica r, PlainUpdate u) {
        String code = u.code();
        List<SqlLexer.Token> t = u.tokens();
        String table = u.table();
        List<Cut> out = new ArrayList<>();
        for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, u.clauses().set() + 1, t.size())) {
            if (a.columns().size() != 1) continue;
            for (int[] c : casts(t, a.value(), a.end())) {
                String e = "(" + code.substring(t.get(c[1]).start(), t.get(c[2]).end()) + ")";
                String sql = u.with() + "SELECT count(*) AS n, printf('%.17g', min(" + e + ")) AS arg, CAST(min(" + e + ") AS INTEGER) AS cut FROM main."
                        + Quoting.doubleQuoted(table) + " WHERE " + u.where() + " AND " + nearWhole(e);
                try {
                    Map<String, Object> row = r.query(sql).get(0);
                    long n = ((Number) row.get("n")).longValue();
                    if (n == 0) continue;
                    long of = r.count("SELECT count(*) FROM main." + Quoting.doubleQuoted(table));
                    out.add(new Cut(table, a.columns().get(0), code.substring(t.get(c[0]).start(), t.get(c[3]).end()), n, of,
                            String.valueOf(row.get("arg")), String.valueOf(row.get("cut"))));
                } catch (DatabaseException notHere) {   // an alias the UPDATE gives the table, a column of another: not read
                }
            }
        }
        return out;
    }

    /**
     * The same CASTs in the SELECT list of {@code statements.get(i)}, an {@code INSERT ... SELECT} about to run: a rebuild's copy
     * ({@code INSERT INTO __new_invoices (id, amount_cents) SELECT id, CAST(amount * 100 AS INTEGER) FROM invoices}) or a move to
     * another table, each counted on the rows the SELECT gives. The column is the one of the table written (under the name a later
     * RENAME of the migration gives that table: a rebuild's is the table's own). Not read: a compound SELECT, SELECT DISTINCT, GROUP
     * BY or WINDOW (their rows are not the list's), a column list that does not line up with the SELECT's.
     */
    static List<Cut> inCopy(Replica r, List<String> statements, int i) {
        CopyStatement copy = CopyStatement.of(statements.get(i));
        if (copy == null || copy.t().stream().noneMatch(x -> x.is("CAST"))) return List.of();
        SelectParts s = copy.select();
        if (s.distinct() || s.grouped() || s.compound() || s.windowed()) return List.of();
        List<SqlLexer.Token> t = copy.t();
        String code = copy.code();
        String target = copy.target();
        List<String> columns = new ArrayList<>();
        if (copy.list().columns() != null) for (SqlLexer.Token c : copy.list().columns()) columns.add(c.name());
        else for (Map<String, Object> c : r.query("SELECT name FROM pragma_table_info(?) ORDER BY cid", target)) columns.add(String.valueOf(c.get("name")));
        List<SelectParts.Item> items = s.items();
        if (columns.size() != items.size()) return List.of();
        String with = WriteTarget.withText(code, t, copy.verb());
        String rest = copy.text(s.from(), s.end() - 1);
        String table = StatementText.nameAfter(StatementText.tableRenames(statements), target);
        List<Cut> out = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            for (int[] c : casts(t, items.get(j).start(), items.get(j).end())) {
                String e = "(" + code.substring(t.get(c[1]).start(), t.get(c[2]).end()) + ")";
                String sql = with + "SELECT count(*) AS n, printf('%.17g', min(gw_arg)) AS arg, CAST(min(gw_arg) AS INTEGER) AS cut FROM (SELECT " + e
                        + " AS gw_arg " + rest + ") WHERE " + nearWhole("gw_arg");
                try {
                    Map<String, Object> row = r.query(sql).get(0);
                    long n = ((Number) row.get("n")).longValue();
                    if (n == 0) continue;
                    long of = r.count(with + "SELECT count(*) FROM (SELECT 1 " + rest + ")");
                    out.add(new Cut(table, columns.get(j), code.substring(t.get(c[0]).start(), t.get(c[3]).end()), n, of,
                            String.valueOf(row.get("arg")), String.valueOf(row.get("cut"))));
                } catch (DatabaseException notHere) {   // a name this reading does not resolve: not read
                }
            }
        }
        return out;
    }

    /**
     * A condition on {@code e}: a REAL a hair nearer zero than a whole number, which a CAST to an integer (cutting toward zero) makes
     * the one short of it. A hair beyond one (0.07 * 100 is 7.000000000000001) is cast to the integer meant, 7, and is no cut.
     */
    private static String nearWhole(String e) {
        return "typeof(" + e + ") = 'real' AND abs(" + e + ") < abs(round(" + e + ")) AND abs(" + e + " - round(" + e + ")) < " + NEAR;
    }

    /**
     * The CASTs to an integer of a product or quotient among tokens {@code from} to {@code end} of {@code t}: each its CAST, the
     * first and last token of its argument, and its closing parenthesis. A CAST of a value alone cuts a fraction on purpose.
     */
    private static List<int[]> casts(List<SqlLexer.Token> t, int from, int end) {
        List<int[]> out = new ArrayList<>();
        for (int k = from; k + 1 < end; k++) {
            if (!t.get(k).is("CAST") || !t.get(k + 1).isPunct("(")) continue;
            int as = -1;
            int close = -1;
            int depth = 0;
            boolean arithmetic = false;
            for (int j = k + 1; j < end; j++) {
                SqlLexer.Token x = t.get(j);
                if (x.isPunct("(")) depth++;
                else if (x.isPunct(")") && --depth == 0) {
                    close = j;
                    break;
                } else if (depth == 1 && x.is("AS")) as = j;
                else if (as < 0 && (x.isPunct("*") || x.isPunct("/"))) arithmetic = true;
            }
            // CAST(x AS INTEGER) alone cuts a fraction on purpose; a product's or quotient's near-whole value is the floating point's
            if (as < 0 || close < 0 || !arithmetic || as + 1 >= close || !t.get(as + 1).upper().contains("INT")) continue;
            out.add(new int[] {k, k + 2, as - 1, close});
            k = close;
        }
        return out;
    }

    /** {@code cut} as a change of statement {@code at} of {@code m}. */
    static RowChange change(Cut cut, Migration m, int at, List<String> statements) {
        return LossRules.change(RowChange.Kind.VALUES_CUT_BY_CAST, cut.table(), cut.column(), cut.rows(), cut.of(), m, at, statements);
    }
}
