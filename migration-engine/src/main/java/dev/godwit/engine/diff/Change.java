package dev.godwit.engine.diff;

import dev.godwit.schema.model.Affinity;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;

/** One typed difference between two schemas. The planner turns changes into SQLite statements. */
public sealed interface Change {

    /** The table the change is about (its new name), or null for views. */
    String table();

    /** A short human description, e.g. {@code drop column "users"."age"}. */
    String describe();

    /** Whether applying it can lose data (rows, columns or values). */
    default boolean destructive() {
        return false;
    }

    record CreateTable(TableDef def) implements Change {
        public String table() { return def.name(); }
        public String describe() { return "create table " + q(def.name()); }
    }

    record DropTable(TableDef def) implements Change {
        public String table() { return def.name(); }
        public String describe() { return "drop table " + q(def.name()) + " and all its rows"; }
        public boolean destructive() { return true; }
    }

    record RenameTable(String from, String to) implements Change {
        public String table() { return to; }
        public String describe() { return "rename table " + q(from) + " to " + q(to); }
    }

    record AddColumn(String table, ColumnDef column) implements Change {
        public String describe() { return "add column " + q(table) + "." + q(column.name()); }
    }

    record DropColumn(String table, ColumnDef column) implements Change {
        public String describe() { return "drop column " + q(table) + "." + q(column.name()) + (column.generated() == null ? " and its values" : ""); }
        /** A generated column's values are computed from the others: dropping it loses nothing. */
        public boolean destructive() { return column.generated() == null; }
    }

    record RenameColumn(String table, String from, String to) implements Change {
        public String describe() { return "rename column " + q(table) + "." + q(from) + " to " + q(to); }
    }

    record AlterColumn(String table, ColumnDef before, ColumnDef after) implements Change {
        public String describe() {
            StringBuilder sb = new StringBuilder("alter column " + q(table) + "." + q(after.name()) + ":");
            // as the comparison reads them (ColumnDef.sameDefinition): INTEGER and integer are one type, 1 and 1.0 one default
            if (!dev.godwit.schema.model.SqliteNames.same(before.type(), after.type())) {
                sb.append(" type ").append(before.type()).append(" -> ").append(after.type());
                if (after.generated() == null && roundsIntegers()) sb.append(" (integers beyond 2^53 are rounded: 9007199254740993 becomes 9007199254740992.0)");
                else if (after.generated() == null && convertsTexts()) sb.append(" (a text that reads as a number is stored as that number: '007' becomes 7, '1.50' becomes 1.5)");
            }
            if (before.notNull() != after.notNull()) sb.append(after.notNull() ? " set NOT NULL" : " drop NOT NULL");
            if (!dev.godwit.schema.model.DefaultValue.sameValue(before.defaultValue(), after.defaultValue())) {
                sb.append(" default ").append(before.defaultValue() == null ? "none" : before.defaultValue().sql())
                        .append(" -> ").append(after.defaultValue() == null ? "none" : after.defaultValue().sql());
            }
            if (before.primaryKey() != after.primaryKey()) sb.append(after.primaryKey() ? " set PRIMARY KEY" : " drop PRIMARY KEY");
            if (before.autoincrement() != after.autoincrement()) sb.append(after.autoincrement() ? " set AUTOINCREMENT" : " drop AUTOINCREMENT");
            if (before.generated() == null && after.generated() != null) sb.append(" becomes generated (its values are replaced by the expression's)");
            else if (before.generated() != null && after.generated() == null) sb.append(" no longer generated");
            else if (!java.util.Objects.equals(before.generated(), after.generated())) sb.append(generatedChange(before.generated(), after.generated()));
            if (fillsNulls()) sb.append(" (rows holding NULL get ").append(becomesRowid() ? "the next free ids" : fillValue(after)).append(")");
            return sb.toString();
        }

        /** What changed in a generated column, said as it is: "generated expression changed" read wrong where only VIRTUAL became STORED. */
        private static String generatedChange(dev.godwit.schema.model.Generated before, dev.godwit.schema.model.Generated after) {
            StringBuilder sb = new StringBuilder(" generated");
            if (!before.as().equals(after.as())) sb.append(" ").append(before.as()).append(" -> ").append(after.as());
            if (before.type() != after.type()) {
                sb.append(before.as().equals(after.as()) ? " " : ", ").append(before.type()).append(" -> ").append(after.type());
            }
            return sb.toString();
        }

        /**
         * What the rebuild's copy does to the values, tried on SQLite 3.54 (D1 has 3.53): a value it cannot convert is kept, so text
         * turned into numbers changes values ('007' becomes 7, '1.50' becomes 1.5), and integers turned REAL lose what a double
         * cannot hold. Numbers turned text read back the same (a REAL is written with all its digits), as REAL turned INTEGER does.
         */
        public boolean destructive() {
            return fillsNulls() || rewritesValues();
        }

        /** Made NOT NULL: the rebuild's copy writes a value where rows hold NULL, and "not known" cannot be told from it afterwards. */
        public boolean fillsNulls() {
            return after.notNull() && !before.notNull() && after.generated() == null;
        }

        /** The rebuild's copy can change the values rows hold, whatever they are (not only their NULLs). */
        public boolean rewritesValues() {
            if (before.generated() == null && after.generated() != null) return true;   // the values it held give way to computed ones
            if (after.generated() != null) return false;   // computed again whatever the type
            return convertsTexts() || roundsIntegers();
        }

        /** A TEXT or BLOB column made numeric: the copy stores a text that reads as a number as that number. */
        private boolean convertsTexts() {
            Affinity from = before.affinity();
            Affinity to = after.affinity();
            boolean numericTarget = to == Affinity.INTEGER || to == Affinity.REAL || to == Affinity.NUMERIC;
            return from != to && numericTarget && (from == Affinity.TEXT || from == Affinity.BLOB);
        }

        /** What the rebuild's copy writes where a row holds NULL in a column made NOT NULL: the default, else the type's zero. */
        public static String fillValue(ColumnDef c) {
            if (c.defaultValue() != null) return dev.godwit.engine.sql.DefaultSql.asValue(c.defaultValue().sql());
            return switch (c.affinity()) {
                case INTEGER, NUMERIC -> "0";
                case REAL -> "0.0";
                case TEXT -> "''";
                case BLOB -> "X''";
            };
        }

        /** An INTEGER PRIMARY KEY is the rowid: a NULL copied into it takes the next free id, not {@link #fillValue}. */
        public boolean becomesRowid() {
            return after.primaryKey() && after.integerType();
        }

        /** A REAL column holds its integers as doubles: past 2^53 they are rounded. */
        private boolean roundsIntegers() {
            Affinity from = before.affinity();
            return after.affinity() == Affinity.REAL && (from == Affinity.INTEGER || from == Affinity.NUMERIC);
        }
    }

    record CreateIndex(String table, IndexDef index) implements Change {
        public String describe() { return "create " + (index.unique() ? "unique " : "") + "index " + q(index.name()) + " on " + q(table); }
    }

    record DropIndex(String table, IndexDef index) implements Change {
        public String describe() { return "drop index " + q(index.name()) + " on " + q(table); }
    }

    record AddForeignKey(String table, ForeignKeyDef fk) implements Change {
        public String describe() { return "add foreign key " + q(table) + fk.columns() + " -> " + q(fk.refTable()) + fk.refColumns() + actions(fk); }
    }

    record DropForeignKey(String table, ForeignKeyDef fk) implements Change {
        public String describe() { return "drop foreign key " + q(table) + fk.columns() + " -> " + q(fk.refTable()) + fk.refColumns() + actions(fk); }
    }

    /**
     * The key's ON DELETE / ON UPDATE where not NO ACTION: a key whose action alone changed is dropped and added again, and
     * without them the two lines read the same (a drizzle-kit migration edited to ON DELETE CASCADE, its snapshot saying no action).
     */
    private static String actions(ForeignKeyDef fk) {
        return (fk.onDelete() == FkAction.NO_ACTION ? "" : " on delete " + fk.onDelete().sql())
                + (fk.onUpdate() == FkAction.NO_ACTION ? "" : " on update " + fk.onUpdate().sql());
    }

    /** {@code numbered}: a column that could hold NULL and becomes the rowid (a key of one INTEGER column), else null. */
    record AlterPrimaryKey(String table, PrimaryKeyDef before, PrimaryKeyDef after, String numbered) implements Change {
        public AlterPrimaryKey(String table, PrimaryKeyDef before, PrimaryKeyDef after) {
            this(table, before, after, null);
        }

        public String describe() {
            return "change primary key of " + q(table) + ": " + (before == null ? "none" : before.columns()) + " -> " + (after == null ? "none" : after.columns())
                    + (numbered == null ? "" : " (rows holding NULL in " + q(numbered) + " get the next free ids)");
        }

        /** The copy writes NULL into the rowid, which SQLite turns into the next free id: the NULLs are rewritten. */
        public boolean destructive() {
            return numbered != null;
        }
    }

    record AddCheck(String table, CheckDef check) implements Change {
        public String describe() { return "add check " + q(check.name()) + " on " + q(table); }
    }

    record DropCheck(String table, CheckDef check) implements Change {
        public String describe() { return "drop check " + q(check.name()) + " on " + q(table); }
    }

    record CreateView(ViewDef view) implements Change {
        public String table() { return null; }
        public String describe() { return "create view " + q(view.name()); }
    }

    record DropView(ViewDef view) implements Change {
        public String table() { return null; }
        public String describe() { return "drop view " + q(view.name()); }
    }

    private static String q(String name) {
        return "\"" + name + "\"";
    }
}
