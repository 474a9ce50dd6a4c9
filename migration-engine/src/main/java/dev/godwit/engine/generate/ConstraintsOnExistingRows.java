package dev.godwit.engine.generate;

import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.CheckText;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A UNIQUE index, CHECK, foreign key or primary key added to a table that already has rows loses nothing: rows that break it
 * make the migration fail at apply (one transaction: nothing changes). db:generate cannot see the rows, so it says so in a
 * warning, with what to do. A constraint that only follows a rename (of its table, its columns, the parent, or itself) or
 * changes a foreign key's actions is the rule the rows already keep, so it gets no warning, nor does a CHECK that only widens
 * nor a UNIQUE index whose WHERE only narrows (the rules are {@link dev.godwit.engine.plan.KeptChecks} and
 * {@link dev.godwit.engine.plan.KeptUniques}, which the planner shares: over a column whose values the migration changes, its
 * retype, NOT NULL or regeneration warning names such a CHECK or index instead); a foreign key over a retyped column does get
 * one, one over a column made NOT NULL not (the fill's warning names its parent). Nor does a primary
 * key over the old key's (or an old unique index's) columns, which already keeps the rows apart, nor a
 * unique index or foreign key over a column the migration adds without a default: every row holds NULL there.
 */
final class ConstraintsOnExistingRows {

    // the pre-flight runs a local file's real rows; D1's replica holds synthesised ones, which cannot show duplicates or orphans
    private static final String FAILS = " make db:apply fail at this migration, which then changes nothing (its pre-flight finds such rows"
            + " in a local file before applying anything, not on D1)";

    private ConstraintsOnExistingRows() {
    }

    /** One warning for each such constraint on a table the migration does not create. */
    static List<String> warnings(SchemaDiff diff) {
        Set<String> created = diff.changes().stream().filter(c -> c instanceof Change.CreateTable).map(Change::table).collect(Collectors.toSet());
        Kept kept = new Kept(diff);
        List<String> out = new ArrayList<>();
        for (Change c : diff.changes()) {
            if (c.table() == null || created.contains(c.table())) continue;
            String t = q(c.table());
            if (c instanceof Change.CreateIndex i && i.index().unique()) {
                if (kept.unique(c.table(), i.index()) || kept.allNull(c.table(), i.index().hasExpressions() ? List.of() : i.index().columns())) continue;
                String same = kept.sameKey(c.table(), i.index());
                if (same != null) {
                    out.add("New UNIQUE index " + q(i.index().name()) + " on " + t + ": every row the table already has gets the same key there (" + same
                            + ", the new column" + (i.index().columns().size() == 1 ? "'s default" : "s' defaults") + "), so two rows or more" + FAILS
                            + ". Add the column without a default (NULLs never collide), or give the rows distinct values in a custom migration"
                            + " before the index.");
                    continue;
                }
                out.add("New UNIQUE index " + q(i.index().name()) + " on " + t + ": rows already sharing its key" + FAILS
                        + ". Remove or merge the duplicates first, in a custom migration before this one.");
            } else if (c instanceof Change.AddCheck ch) {
                if (kept.check(c.table(), ch.check())) continue;
                Map<String, String> defaults = kept.onlyAddedColumns(c.table(), ch.check().expression());
                Boolean holds = defaults == null ? null : holdsOn(diff.after().table(c.table()).orElse(null), ch.check().expression(), defaults);
                if (Boolean.TRUE.equals(holds)) continue;   // every row holds those defaults, which keep it
                if (Boolean.FALSE.equals(holds)) {
                    // a column added without a default holds NULL in every row: say so, not "the default ()"
                    String key = defaults.entrySet().stream().map(e -> q(e.getKey()) + " = " + Objects.requireNonNullElse(e.getValue(), "NULL"))
                            .collect(Collectors.joining(", "));
                    boolean allNull = defaults.values().stream().allMatch(Objects::isNull);
                    String gets = allNull ? "NULL there (" + key + ", the new column" + (defaults.size() == 1 ? "" : "s") + " having no default)"
                            : "the new column" + (defaults.size() == 1 ? "'s default" : "s' defaults") + " there (" + key + ")";
                    out.add("New CHECK " + q(ch.check().name()) + " on " + t + " (" + ch.check().expression() + "): every row the table already has gets "
                            + gets + ", which breaks it, so any row" + FAILS + ". Give the column a default that"
                            + " passes, or add it in one migration and fill it in a custom one before the CHECK.");
                    continue;
                }
                out.add("New CHECK " + q(ch.check().name()) + " on " + t + " (" + ch.check().expression() + "): rows already breaking it" + FAILS
                        + ". Fix those rows first, in a custom migration before this one.");
            } else if (c instanceof Change.AddForeignKey fk) {
                if (kept.foreignKey(c.table(), fk.fk()) || kept.allNull(c.table(), fk.fk().columns())) continue;
                out.add("New foreign key " + q(fk.fk().name()) + " on " + t + fk.fk().columns() + " -> " + q(fk.fk().refTable()) + ": rows whose "
                        + String.join(", ", fk.fk().columns()) + " no " + q(fk.fk().refTable()) + " row has" + FAILS
                        + ". Set them NULL or add the missing parents first, in a custom migration before this one.");
            } else if (c instanceof Change.AlterPrimaryKey pk && pk.after() != null) {
                String w = newKey(pk.after().columns().toString(), t, "a key", kept.keyApart(c.table(), pk.after().columns()),
                        becomesRowid(diff, c.table(), pk.after().columns()));
                if (w != null) out.add(w);
            } else if (c instanceof Change.AlterColumn a && a.after().primaryKey() && !a.before().primaryKey()) {
                String w = newKey(q(a.after().name()), t, "a value", kept.keyApart(c.table(), List.of(a.after().name())),
                        becomesRowid(diff, c.table(), List.of(a.after().name())));
                if (w != null) out.add(w);
            }
        }
        return out;
    }

    /**
     * The warning for a primary key over existing rows: they may share a key, unless the old key or a unique index kept them apart;
     * and an INTEGER PRIMARY KEY (the rowid) takes only integers, whatever the column held before ('abc' or 1.5 in an integer column).
     */
    private static String newKey(String key, String t, String what, boolean apart, boolean rowid) {
        String integers = "holding anything but an integer there (an INTEGER PRIMARY KEY takes no text such as 'abc' and no real such as 1.5:"
                + " 'datatype mismatch')";
        if (apart && !rowid) return null;
        if (apart) return "New primary key " + key + " on " + t + ": rows " + integers + FAILS + ". Fix those values first, in a custom migration before this one.";
        if (rowid) {
            return "New primary key " + key + " on " + t + ": rows already sharing " + what + (what.equals("a value") ? " there" : "") + ", or " + integers + FAILS
                    + ". Remove or merge the duplicates and fix those values first, in a custom migration before this one.";
        }
        return "New primary key " + key + " on " + t + ": rows already sharing " + what + (what.equals("a value") ? " there" : "") + FAILS
                + ". Remove or merge the duplicates first, in a custom migration before this one.";
    }

    /** Whether a key over {@code columns} that the table did not have as its rowid becomes the rowid (one INTEGER PRIMARY KEY column). */
    private static boolean becomesRowid(SchemaDiff diff, String table, List<String> columns) {
        TableDef now = diff.after().table(table).orElse(null);
        TableDef old = diff.renamedBefore().table(table).orElse(null);
        if (now == null || columns.size() != 1 || !now.hasRowidAlias()) return false;
        return old == null || !old.hasRowidAlias() || !SqliteNames.key(old.primaryKeyColumns().get(0)).equals(SqliteNames.key(columns.get(0)));
    }

    /** What the table already enforced before the migration, seen through the migration's renames. */
    private static final class Kept {
        private final SchemaDiff diff;
        private final Map<String, Set<String>> altered = new HashMap<>();             // table key (new name) -> column keys whose values may change
        private final Map<String, Set<String>> filled = new HashMap<>();              // table key -> those whose only change is NOT NULL (NULLs filled)
        private final Set<String> droppedTables = new HashSet<>();
        private final Map<String, Set<String>> addedNull = new HashMap<>();           // table key -> columns added holding NULL in every row
        private final Map<String, Map<String, String>> addedConstant = new HashMap<>(); // table key -> column key -> the constant default every row gets

        private final dev.godwit.engine.plan.KeptChecks checks;
        private final dev.godwit.engine.plan.KeptUniques uniques;

        Kept(SchemaDiff diff) {
            this.diff = diff;
            this.checks = new dev.godwit.engine.plan.KeptChecks(diff);
            this.uniques = new dev.godwit.engine.plan.KeptUniques(diff);
            for (Change c : diff.changes()) {
                if (c instanceof Change.AlterColumn a && (!SqliteNames.key(a.before().type()).equals(SqliteNames.key(a.after().type()))
                        || a.before().notNull() != a.after().notNull() || a.before().generated() != null || a.after().generated() != null)) {
                    altered.computeIfAbsent(SqliteNames.key(a.table()), k -> new HashSet<>()).add(SqliteNames.key(a.after().name()));
                    if (SqliteNames.key(a.before().type()).equals(SqliteNames.key(a.after().type())) && a.before().generated() == null
                            && a.after().generated() == null && !a.before().notNull()) {
                        filled.computeIfAbsent(SqliteNames.key(a.table()), k -> new HashSet<>()).add(SqliteNames.key(a.after().name()));
                    }
                } else if (c instanceof Change.AddColumn a && !a.column().notNull() && !a.column().primaryKey() && a.column().defaultValue() == null
                        && a.column().generated() == null) {
                    addedNull.computeIfAbsent(SqliteNames.key(a.table()), k -> new HashSet<>()).add(SqliteNames.key(a.column().name()));
                } else if (c instanceof Change.DropTable d) {
                    droppedTables.add(SqliteNames.key(d.def().name()));
                }
                if (c instanceof Change.AddColumn a && a.column().generated() == null && !a.column().primaryKey() && constant(a.column().defaultValue())) {
                    addedConstant.computeIfAbsent(SqliteNames.key(a.table()), k -> new HashMap<>()).put(SqliteNames.key(a.column().name()), a.column().defaultValue().sql());
                }
            }
            // a generated column follows what it reads: code_key AS (code || '') changes where code is retyped ('01' becomes '1')
            altered.forEach((table, columns) -> diff.after().tableNamed(table).ifPresent(now -> {
                for (boolean grew = true; grew; ) {
                    grew = false;
                    for (dev.godwit.schema.model.ColumnDef g : now.columns()) {
                        if (g.generated() == null || columns.contains(SqliteNames.key(g.name()))) continue;
                        if (SqlLexer.significant(g.generated().as()).stream().anyMatch(tok -> (tok.kind() == SqlLexer.Kind.WORD
                                || tok.kind() == SqlLexer.Kind.QUOTED) && columns.contains(SqliteNames.key(tok.name())))) {
                            columns.add(SqliteNames.key(g.name()));
                            grew = true;
                        }
                    }
                }
            }));
        }

        private TableDef before(String table) {
            return diff.renamedBefore().table(table).orElse(null);
        }

        private boolean altered(String table, List<String> columns) {
            Set<String> a = altered.getOrDefault(SqliteNames.key(table), Set.of());
            return columns.stream().anyMatch(c -> a.contains(SqliteNames.key(c)));
        }

        /**
         * Whether one of {@code columns} is added by this migration without a default, so NULL in every row the table has: a
         * unique key or a foreign key with a NULL in it holds for that row (NULLs are distinct; a NULL reference points nowhere).
         */
        boolean allNull(String table, List<String> columns) {
            Set<String> added = addedNull.getOrDefault(SqliteNames.key(table), Set.of());
            return columns.stream().anyMatch(c -> added.contains(SqliteNames.key(c)));
        }

        /**
         * The columns {@code sql} reads, by name, with the value every existing row holds there, where each is one this migration adds
         * with a constant default (its SQL) or with none (null: NULL); null where it reads any other column of the table, or none.
         */
        Map<String, String> onlyAddedColumns(String table, String sql) {
            TableDef now = diff.after().table(table).orElse(null);
            if (now == null || sql == null) return null;
            Map<String, String> constant = addedConstant.getOrDefault(SqliteNames.key(table), Map.of());
            Set<String> nulls = addedNull.getOrDefault(SqliteNames.key(table), Set.of());
            Map<String, String> out = new java.util.LinkedHashMap<>();
            for (SqlLexer.Token tok : SqlLexer.significant(Objects.requireNonNullElse(CheckText.unqualified(sql, table), sql))) {
                if (tok.kind() != SqlLexer.Kind.WORD && tok.kind() != SqlLexer.Kind.QUOTED) continue;
                var col = now.column(tok.name());
                // rowid (oid, _rowid_) differs from row to row: the one in-memory row cannot stand for them
                if (col.isEmpty() && SqliteNames.isRowidName(tok.name())) return null;
                if (col.isEmpty()) continue;
                String key = SqliteNames.key(col.get().name());
                if (constant.containsKey(key)) out.put(col.get().name(), constant.get(key));
                else if (nulls.contains(key)) out.put(col.get().name(), null);
                else return null;
            }
            return out.isEmpty() ? null : out;
        }

        /**
         * For a unique index (no WHERE, no expression) all of whose columns this migration adds with a constant default: the key every
         * existing row gets ({@code "slot" = 1}); else null.
         */
        String sameKey(String table, IndexDef index) {
            if (index.where() != null || index.hasExpressions()) return null;
            Map<String, String> added = addedConstant.getOrDefault(SqliteNames.key(table), Map.of());
            List<String> out = new ArrayList<>();
            for (String col : index.columns()) {
                String v = added.get(SqliteNames.key(col));
                if (v == null) return null;
                out.add(q(col) + " = " + v);
            }
            return out.isEmpty() ? null : String.join(", ", out);
        }

        /** A default that is one literal (a number, a string, a blob, TRUE/FALSE): the same value in every row, unlike (unixepoch()) or (random()). */
        private static boolean constant(dev.godwit.schema.model.DefaultValue d) {
            if (d == null) return false;
            if (d.kind() != dev.godwit.schema.model.DefaultValue.Kind.SQL) return true;
            List<SqlLexer.Token> toks = SqlLexer.significant(d.sql()).stream().filter(tk -> !tk.isPunct("(") && !tk.isPunct(")")).toList();
            if (toks.size() == 2 && (toks.get(0).isPunct("-") || toks.get(0).isPunct("+")) && toks.get(1).kind() == SqlLexer.Kind.NUMBER) return true;
            return toks.size() == 1 && (toks.get(0).kind() == SqlLexer.Kind.STRING || toks.get(0).kind() == SqlLexer.Kind.NUMBER
                    || toks.get(0).kind() == SqlLexer.Kind.BLOB || toks.get(0).is("TRUE") || toks.get(0).is("FALSE"));
        }

        /** A CHECK the rows already passed: the planner's retype, fill or regeneration warning names it where the migration changes what it reads. */
        boolean check(String table, CheckDef now) {
            return checks.kept(table, now);
        }

        /**
         * Whether rows are already kept apart on some of {@code columns}: the old primary key, or an old UNIQUE index without WHERE or
         * expressions, is over some of them (a key that gains a column or is only reordered; {@link dev.godwit.engine.plan.KeptUniques}).
         * Such a key is not new: where the migration changes its values (a retype merging '007' and '7', a collation, a fill), the
         * planner's warning for that change names it.
         */
        boolean keyApart(String table, List<String> columns) {
            return !uniques.primaryKeyKeptBy(table, columns).isEmpty();
        }

        /**
         * A foreign key on the same columns to the same parent columns, its actions aside (rows that keep one keep the other). Over a
         * column made NOT NULL it is still kept: only the rows whose NULL is filled change, and the fill's warning names the parent
         * they must then find (f21_integer_key_made_text_with_children_then_renamed); over a retyped column it is not.
         */
        boolean foreignKey(String table, ForeignKeyDef now) {
            TableDef old = before(table);
            if (old == null || alteredBeyondFill(table, now) || altered(now.refTable(), now.refColumns())) return false;
            if (droppedTables.contains(SqliteNames.key(now.refTable()))) return false;   // its name taken by another table
            return old.foreignKeys().stream().anyMatch(o -> keys(o.columns()).equals(keys(now.columns()))
                    && SqliteNames.key(o.refTable()).equals(SqliteNames.key(now.refTable())) && keys(o.refColumns()).equals(keys(now.refColumns())));
        }

        /**
         * Whether a column of {@code fk} changes its values other than by the NOT NULL fill whose warning names {@code fk}'s parent:
         * the planner names the first foreign key over the column (and none for a column becoming the rowid, which is numbered).
         */
        private boolean alteredBeyondFill(String table, ForeignKeyDef fk) {
            Set<String> changed = altered.getOrDefault(SqliteNames.key(table), Set.of());
            Set<String> fills = filled.getOrDefault(SqliteNames.key(table), Set.of());
            TableDef now = diff.after().table(table).orElse(null);
            for (String c : fk.columns()) {
                if (!changed.contains(SqliteNames.key(c))) continue;
                if (!fills.contains(SqliteNames.key(c)) || now == null) return true;
                String name = now.column(c).map(dev.godwit.schema.model.ColumnDef::name).orElse(null);
                if (name == null || (now.hasRowidAlias() && name.equals(now.primaryKeyColumns().get(0)))) return true;
                String named = now.foreignKeys().stream().filter(k -> k.columns().contains(name)).map(ForeignKeyDef::refTable).findFirst().orElse(null);
                if (named == null || !SqliteNames.key(named).equals(SqliteNames.key(fk.refTable()))) return true;
            }
            return false;
        }

        /** A UNIQUE index the rows were kept apart on already: the planner's retype, fill or regeneration warning names it where the migration changes what it reads. */
        boolean unique(String table, IndexDef now) {
            return uniques.kept(table, now);
        }

        private static List<String> keys(List<String> names) {
            return names.stream().map(SqliteNames::key).toList();
        }
    }

    /**
     * Whether a row holding {@code values} in those columns (null: NULL) keeps the CHECK, tried on an in-memory SQLite table of the
     * same name and column types; null where SQLite cannot tell (the expression calls what it lacks, say).
     */
    private static Boolean holdsOn(TableDef table, String check, Map<String, String> values) {
        if (table == null) return null;
        StringBuilder create = new StringBuilder("CREATE TABLE " + dev.godwit.engine.sql.Quoting.doubleQuoted(table.name()) + " (");
        String sep = "";
        for (Map.Entry<String, String> v : values.entrySet()) {
            String type = table.column(v.getKey()).map(dev.godwit.schema.model.ColumnDef::type).orElse("");
            create.append(sep).append(dev.godwit.engine.sql.Quoting.doubleQuoted(v.getKey())).append(' ').append(type)
                    .append(v.getValue() == null ? "" : " DEFAULT " + v.getValue());
            sep = ", ";
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:"); java.sql.Statement s = c.createStatement()) {
            s.execute(create.append(")").toString());
            s.execute("INSERT INTO " + dev.godwit.engine.sql.Quoting.doubleQuoted(table.name()) + " DEFAULT VALUES");
            try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM " + dev.godwit.engine.sql.Quoting.doubleQuoted(table.name()) + " WHERE NOT (" + check + ")")) {
                return r.next() && r.getLong(1) == 0;
            }
        } catch (java.sql.SQLException e) {
            return null;
        }
    }

    private static String q(String name) {
        return "\"" + name + "\"";
    }
}
