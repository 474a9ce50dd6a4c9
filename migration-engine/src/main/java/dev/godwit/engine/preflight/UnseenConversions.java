package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.LossDeclaration;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.StatementRules;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.StatementKind;
import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a D1 replica's synthesised rows cannot show of a text column given numeric affinity (a rebuild making {@code code text}
 * {@code code integer}): SQLite stores a text that is a well-formed number as that number, so '007' becomes 7 and '1.50' 1.5, which
 * a local file's real rows refuse ({@code VALUES_CONVERTED}); the synthesised texts ('gen-1') read as no number, so the replica
 * rewrites none. The prediction for the migration is then partial, with the query counting on the database the texts the copy
 * would store as a number that reads back different.
 */
final class UnseenConversions {

    /** How such a line says what it counts, for the advice after the lines. */
    static final String MARK = "which stores a text that reads as a number as that number";

    private static final Set<Affinity> NUMERIC = Set.of(Affinity.INTEGER, Affinity.REAL, Affinity.NUMERIC);

    private UnseenConversions() {
    }

    /** Whether {@code m} may retype a column: it creates a table (a rebuild) or renames or drops one. Most migrations do neither. */
    static boolean mayRetype(Migration m) {
        return m.statements().stream().anyMatch(s -> StatementKind.createdTable(s) != null) || StatementText.renamesOrDropsColumn(m.statements());
    }

    /**
     * One line per column of a table holding rows in {@code r} that was TEXT, BLOB or untyped in {@code before} and has numeric
     * affinity in {@code after} ({@code m} run between them), its values carried over (not dropped and added again unread). Not one
     * db:generate wrote as the retype it asked -Ddb.acceptDataLoss for.
     */
    static List<String> in(Replica r, Migration m, SchemaDef before, SchemaDef after) {
        List<String> out = new ArrayList<>();
        List<String[]> renames = StatementText.tableRenames(m.statements());
        Map<String, TableDef> afterByKey = new HashMap<>();
        for (TableDef t : after.tables()) afterByKey.put(SqliteNames.key(t.name()), t);
        List<StatementText.Mentions> said = StatementText.said(m.statements());
        for (TableDef was : before.tables()) {
            if (said.stream().noneMatch(w -> w.of(was.name())) || !r.holdsRows(was.name())) continue;
            TableDef is = afterByKey.get(SqliteNames.key(StatementText.nameAfter(renames, was.name())));
            if (is == null) continue;
            Map<String, String> renamedColumns = StatementText.renamedColumns(m.statements(), said, was.name());
            for (ColumnDef c : was.columns()) {
                if (c.generated() != null || NUMERIC.contains(c.affinity())) continue;
                String columnNow = renamedColumns.get(SqliteNames.key(c.name()));
                String nameNow = columnNow == null ? c.name() : columnNow;
                ColumnDef now = is.columnNamed(nameNow).orElse(null);
                if (now == null || now.generated() != null || !NUMERIC.contains(now.affinity())) continue;
                if (columnNow == null && StatementText.droppedUnread(m.statements(), was.name(), is.name(), c.name())) continue;   // new values
                if (LossDeclaration.generatedAsWritten(m) && LossDeclaration.retypedBySnapshots(m, is.name(), now.name(), false)) continue;
                int at = copyOf(m.statements(), was.name());
                String head = at >= 0 ? StatementRules.at(m, at) + ": " + StatementRules.shown(m.statements().get(at)).lines().findFirst().orElse("")
                        : "Migration " + m.fileName();
                out.add(head + "\n    copies " + Quoting.doubleQuoted(was.name()) + "." + Quoting.doubleQuoted(c.name()) + " (" + c.affinity().name().toLowerCase()
                        + " affinity) into a column of " + now.affinity().name().toLowerCase() + " affinity, " + MARK + " ('007' becomes 7, '1.50'"
                        + " becomes 1.5), and the synthesised texts read as no number, so which of the database's texts it rewrites was not tried;"
                        + " what it rewrites there: SELECT count(*) FROM " + Quoting.doubleQuoted(was.name()) + " WHERE "
                        + rewritten(Quoting.doubleQuoted(c.name()), now.affinity() == Affinity.REAL));
            }
        }
        return out;
    }

    /**
     * The condition a value {@code x} of a column of TEXT, BLOB or no affinity meets where a column of numeric affinity stores it
     * as a number that reads back different, as a local file's copy counts it ({@code LossRules}, VALUES_CONVERTED): a text, that
     * is a well-formed number (SQLite gives the comparison with a CAST numeric affinity, which converts such a text only: '007',
     * ' 7', '1e3', '1.50', not '12abc' nor '0x10'), whose number's text differs; in a REAL column, '7' stored as 7.0 is kept.
     * Tried against SQLite on texts such as those, also '+7', '5.', '-0', '1e400', '9223372036854775808' and a tab before a digit.
     */
    static String rewritten(String x, boolean real) {
        String well = "typeof(" + x + ") = 'text' AND " + x + " = CAST(" + x + " AS NUMERIC)";
        if (!real) return well + " AND CAST(CAST(" + x + " AS NUMERIC) AS TEXT) <> " + x;
        String v = "CAST(" + x + " AS REAL)";
        return well + " AND CAST(" + v + " AS TEXT) <> " + x + " AND NOT (CAST(" + v + " AS INTEGER) = " + v + " AND CAST(CAST(" + v
                + " AS INTEGER) AS TEXT) = " + x + ")";
    }

    /** The first statement writing rows that reads {@code table} (its rebuild's copy, an UPDATE setting the new column); -1 if none. */
    private static int copyOf(List<String> statements, String table) {
        for (int i = 0; i < statements.size(); i++) {
            String code = StatementKind.fromCode(statements.get(i));
            if (StatementText.writesRows(code) && StatementText.mentions(StatementText.code(code), table)) return i;
        }
        return -1;
    }
}
