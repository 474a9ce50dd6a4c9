package dev.godwit.engine.generate;

import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.plan.OneRowTrial;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A column default its table's CHECK refuses (status DEFAULT 'new' under CHECK (status IN ('open', 'done'))): SQLite takes the
 * schema and the rows already there keep the CHECK, then every insert that leaves the column out fails with "CHECK constraint
 * failed". Only a CHECK that reads nothing but columns with defaults is decided (SQLite evaluates it on one row of those
 * defaults); one that also reads a column given by each insert depends on that insert. Not refused (a database made that way
 * pulls as it is), but said when a migration brings it in.
 */
final class DefaultsAgainstChecks {

    private DefaultsAgainstChecks() {
    }

    /**
     * One warning for each CHECK of the new schema its columns' defaults break, unless the same CHECK (by name, in the table under
     * its old name) already broke them before, or the columns are made NOT NULL (every row holding NULL gets the default: said by
     * the fill's warning) or, where {@code newChecksWarned}, new to a table that has rows (said by the new CHECK's warning).
     *
     * @param newChecksWarned whether {@link ConstraintsOnExistingRows}' warnings go alongside (db:generate); db:push prints none
     */
    static List<String> warnings(SchemaDiff diff, boolean newChecksWarned) {
        Map<String, String> oldNames = new java.util.HashMap<>();   // table key (new name) -> old name
        diff.renamedTables().forEach((from, to) -> oldNames.put(SqliteNames.key(to), from));
        List<String> out = new ArrayList<>();
        for (TableDef t : diff.after().tables()) {
            if (t.checks().isEmpty()) continue;
            // renamedBefore: its columns under their new names; before: the CHECKs' text as it was, over the names it read then
            Optional<TableDef> was = diff.renamedBefore().table(t.name());
            Optional<TableDef> old = diff.before().table(oldNames.getOrDefault(SqliteNames.key(t.name()), t.name()));
            try (Trial now = new Trial(t); Trial before = old.map(Trial::new).orElse(null)) {
                for (CheckDef ck : t.checks()) {
                    Map<String, String> defaults = now.brokenBy(ck);
                    if (defaults == null) continue;
                    boolean said = before != null && old.get().checks().stream().anyMatch(o -> o.name().equals(ck.name()) && before.brokenBy(o) != null);
                    // columns this migration adds to a table with rows, or makes NOT NULL: every row gets the default, and the new CHECK's
                    // warning (ConstraintsOnExistingRows) or the fill's already says it breaks the CHECK and to give a default that passes
                    boolean filled = was.isPresent() && defaults.keySet().stream().allMatch(c -> was.get().columnNamed(c).map(o -> !o.notNull()
                            && t.columnNamed(c).orElseThrow().notNull()).orElse(newChecksWarned));
                    if (said || filled) continue;
                    List<String> named = defaults.keySet().stream().map(c -> "\"" + t.name() + "\".\"" + c + "\" DEFAULT " + defaults.get(c)).toList();
                    List<String> names = defaults.keySet().stream().map(c -> "\"" + c + "\"").toList();
                    boolean one = defaults.size() == 1;
                    out.add(String.join(" and ", named) + (one ? " breaks" : " break") + " CHECK \"" + ck.name() + "\" (" + ck.expression()
                            + "): every insert that leaves " + String.join(" and ", names) + " out will fail (CHECK constraint failed). Give the column"
                            + (one ? " a default" : "s defaults") + " the CHECK accepts, or widen the CHECK");
                }
            }
        }
        return out;
    }

    /** One table's defaults tried against its CHECKs: on one in-memory table of rows of them all, made once for every CHECK. */
    private static final class Trial implements AutoCloseable {
        private final Map<String, String> all = new LinkedHashMap<>();
        private final Set<String> keys = new java.util.HashSet<>();
        private final OneRowTrial.Rows rows;

        Trial(TableDef t) {
            for (ColumnDef c : t.columns()) if (c.defaultValue() != null && c.generated() == null) all.put(c.name(), dev.godwit.engine.sql.DefaultSql.asValue(c.defaultValue().sql()));
            for (String c : all.keySet()) keys.add(SqliteNames.key(c));
            rows = new OneRowTrial.Rows(t, all);
        }

        /** The defaults (by column, in declaration order) of the columns {@code ck} reads, where they break it; else null. */
        Map<String, String> brokenBy(CheckDef ck) {
            if (all.isEmpty()) return null;
            // it reads nothing but defaulted columns (directly or through generated ones), and at least one
            Set<String> read = rows.reads(ck.expression());
            if (read == null || read.isEmpty() || !keys.containsAll(read)) return null;
            if (!Boolean.TRUE.equals(rows.breaksEvery(ck.expression()))) return null;
            // name only the ones it reads
            Map<String, String> named = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : all.entrySet()) if (read.contains(SqliteNames.key(e.getKey()))) named.put(e.getKey(), e.getValue());
            return named;
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
