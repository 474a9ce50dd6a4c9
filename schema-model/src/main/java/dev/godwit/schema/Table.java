package dev.godwit.schema;

import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Base class of a table declaration. A schema module declares one subclass per table, with its
 * columns as fields and table-level keys, indexes and checks in the constructor:
 *
 * <pre>{@code
 * public final class Users extends Table {
 *     public static final Users USERS = new Users();
 *     public final Column id    = integer("id").primaryKey().autoIncrement();
 *     public final Column email = text("email").notNull().unique();
 *     private Users() { super("users"); index("users_email_idx").on(email); }
 * }
 * }</pre>
 */
public abstract class Table {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<IndexBuilder> indexes = new ArrayList<>();
    /** unique() constraints: after the indexes whatever the call order, as drizzle-kit's snapshot lists them */
    private final List<IndexBuilder> uniques = new ArrayList<>();
    private final List<ForeignKeyBuilder> foreignKeys = new ArrayList<>();
    private final List<CheckDef> checks = new ArrayList<>();
    private PrimaryKeyDef primaryKey;
    private List<Column> primaryKeyColumns;
    private String primaryKeyName;
    private String renamedFrom;

    protected Table(String name) {
        if (name == null) throw new IllegalArgumentException(getClass().getName() + ": super(null) gives the table no name; pass its SQL name");
        this.name = name;
    }

    /** The table's SQL name. */
    public final String tableName() {
        return name;
    }

    /** The columns in declaration order. */
    public final List<Column> columns() {
        return List.copyOf(columns);
    }

    protected final Column integer(String columnName) {
        return add(columnName, "integer");
    }

    protected final Column text(String columnName) {
        return add(columnName, "text");
    }

    protected final Column real(String columnName) {
        return add(columnName, "real");
    }

    protected final Column blob(String columnName) {
        return add(columnName, "blob");
    }

    protected final Column numeric(String columnName) {
        return add(columnName, "numeric");
    }

    /** A column with any SQL type text, e.g. {@code "text collate nocase"}. */
    protected final Column column(String columnName, String sqlType) {
        return add(columnName, sqlType);
    }

    private Column add(String columnName, String type) {
        if (columnName == null) throw new IllegalArgumentException("table " + name + ": a column is declared with a null name; give its SQL name");
        if (type == null) {
            throw new IllegalArgumentException("table " + name + ": column(\"" + columnName + "\", null) gives the column no type; give its SQL type, e.g. \"text\"");
        }
        Column c = new Column(this, columnName, type);
        columns.add(c);
        return c;
    }

    /** A (non-unique) index; finish it with {@code .on(columns...)}. */
    protected final IndexBuilder index(String indexName) {
        requireIndexName(indexName, "index");
        IndexBuilder b = new IndexBuilder(indexName, false);
        indexes.add(b);
        return b;
    }

    protected final IndexBuilder uniqueIndex(String indexName) {
        requireIndexName(indexName, "uniqueIndex");
        IndexBuilder b = new IndexBuilder(indexName, true);
        indexes.add(b);
        return b;
    }

    /** A null name made index(null) a non-unique index named {@code <table>_<col>_unique}; drizzle's index() needs one too. */
    private void requireIndexName(String indexName, String call) {
        if (indexName == null) {
            throw new IllegalArgumentException("table " + name + ": " + call + "(null) needs the index's name, e.g. " + call + "(\"" + name
                    + "_email_idx\")" + (call.equals("uniqueIndex") ? "; for an unnamed unique constraint write unique().on(...)" : ""));
        }
    }

    /** A named unique constraint over several columns (kept as a unique index, as drizzle does). */
    protected final IndexBuilder unique(String constraintName) {
        IndexBuilder b = new IndexBuilder(constraintName, true);
        uniques.add(b);
        return b;
    }

    /** An unnamed unique constraint: named {@code <table>_<a>_<b>_unique}. */
    protected final IndexBuilder unique() {
        return unique(null);
    }

    /** A composite primary key, named {@code <table>_<a>_<b>_pk}. */
    protected final void primaryKey(Column... keyColumns) {
        primaryKey(null, keyColumns);
    }

    protected final void primaryKey(String constraintName, Column... keyColumns) {
        this.primaryKeyColumns = new ArrayList<>(Arrays.asList(keyColumns)); // nulls allowed: toDef() reports them
        this.primaryKeyName = constraintName;
    }

    /** A table-level foreign key, e.g. a composite one: {@code foreignKey(a, b).references(() -> X.X.a, () -> X.X.b)}. */
    protected final ForeignKeyBuilder foreignKey(Column... fromColumns) {
        ForeignKeyBuilder b = new ForeignKeyBuilder(new ArrayList<>(Arrays.asList(fromColumns)));
        foreignKeys.add(b);
        return b;
    }

    /** A CHECK constraint; refer to columns with {@link Column#sql()} or plain SQL names. */
    protected final void check(String checkName, String expression) {
        if (checkName == null || expression == null) {
            throw new IllegalArgumentException("table " + name + ": check(" + (checkName == null ? "null" : "\"" + checkName + "\"") + ", "
                    + (expression == null ? "null" : "...") + ") needs a name and a SQL expression");
        }
        checks.add(new CheckDef(checkName, expression));
    }

    /** Declares that this table was called {@code oldName} before: the next migration renames it. */
    protected final void renamedFrom(String oldName) {
        this.renamedFrom = oldName;
    }

    /** Builds the immutable model of this table. References to other tables are resolved here. */
    public final TableDef toDef() {
        return toDef(c -> "class " + getClass().getName() + " (column \"" + name + "\".\"" + c.name() + "\")");
    }

    /** @param where names the place a column was declared, for a literal default that has no SQL form (NaN, an Object) */
    final TableDef toDef(java.util.function.Function<Column, String> where) {
        List<String> columnProblems = new ArrayList<>();   // every column's, so all are fixed in one pass
        TableDef built = toDef(where, columnProblems);
        if (!columnProblems.isEmpty()) throw new SchemaException(columnProblems);
        return built;
    }

    /**
     * As {@link #toDef(java.util.function.Function)}, adding each refused column's problem to {@code columnProblems} and building
     * the table without it, so that the rest of the table is checked in the same run.
     */
    final TableDef toDef(java.util.function.Function<Column, String> where, List<String> columnProblems) {
        List<ColumnDef> cols = new ArrayList<>();
        List<IndexDef> idx = new ArrayList<>();
        List<ForeignKeyDef> fks = new ArrayList<>();
        PrimaryKeyDef pk = null;
        List<Column> pkCols = primaryKeyColumns;
        for (Column c : columns) {
            try {
                cols.add(c.toDef());
            } catch (IllegalArgumentException e) {
                columnProblems.add(where.apply(c) + ": " + e.getMessage());
            }
        }
        if (pkCols != null) requireOwn(pkCols, "primaryKey");
        if (pkCols != null && pkCols.size() == 1 && primaryKeyName == null) {
            // drizzle: primaryKey({columns:[x]}) is the column's own primary key.
            String only = pkCols.get(0).name();
            cols.replaceAll(c -> c.name().equals(only) ? c.withPrimaryKey(true) : c);
        } else if (pkCols != null) {
            List<String> names = pkCols.stream().map(Column::name).toList();
            pk = new PrimaryKeyDef(primaryKeyName != null ? primaryKeyName : PrimaryKeyDef.defaultName(name, names), names);
            // Columns of a composite key are NOT NULL in drizzle's snapshot only if declared so; keep as declared.
        }
        for (Column c : columns) {
            if (c.isUnique()) {
                String n = c.uniqueName() != null ? c.uniqueName() : IndexDef.defaultUniqueName(name, List.of(c.name()));
                idx.add(IndexDef.onColumns(n, List.of(c.name()), true, null));
            }
        }
        for (IndexBuilder b : indexes) idx.add(b.toDef());
        for (IndexBuilder b : uniques) idx.add(b.toDef());
        for (Column c : columns) {
            if (c.reference() == null) continue;
            Column target = resolve(c.reference(), where.apply(c), ".references(() -> ...)");
            String n = c.foreignKeyName() != null ? c.foreignKeyName()
                    : ForeignKeyDef.defaultName(name, List.of(c.name()), target.table().tableName(), List.of(target.name()));
            fks.add(new ForeignKeyDef(n, name, List.of(c.name()), target.table().tableName(), List.of(target.name()),
                    c.onDeleteAction(), c.onUpdateAction()));
        }
        for (ForeignKeyBuilder b : foreignKeys) fks.add(b.toDef());
        return new TableDef(name, cols, pk, idx, fks, checks, renamedFrom);
    }

    /** The tables this one's foreign keys reference (those whose reference resolves), for error messages. */
    final List<Table> referencedTables() {
        List<Supplier<Column>> refs = new ArrayList<>();
        for (Column c : columns) if (c.reference() != null) refs.add(c.reference());
        for (ForeignKeyBuilder b : foreignKeys) refs.addAll(b.to);
        List<Table> out = new ArrayList<>();
        for (Supplier<Column> r : refs) {
            try {
                Column target = r.get();
                if (target != null) out.add(target.table());
            } catch (RuntimeException | Error e) {
                // reported by toDef()
            }
        }
        return out;
    }

    private void requireOwn(List<Column> cols, String what) {
        for (Column c : cols) {
            if (c == null) throw new SchemaException(getClass().getName() + ": " + what + "(...) got a null column; declare columns before using them in the constructor");
            if (c.table() != this) {
                throw new SchemaException(getClass().getName() + ": " + what + "(...) names column " + c + ", which belongs to another table;"
                        + " name columns of \"" + tableName() + "\" here, or declare it in the class of the table whose columns it names"
                        + " (a key or index covers the columns of its own table)");
            }
        }
    }

    /**
     * A reference lambda's column.
     *
     * @param at where it was declared ("field Posts.authorId (column "posts"."author_id")"), as the validator names it
     * @param what the call, ".references(() -> ...)"
     */
    private Column resolve(Supplier<Column> ref, String at, String what) {
        Column target;
        try {
            target = ref.get();
        } catch (RuntimeException | ExceptionInInitializerError e) {
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            throw new SchemaException(at + ": the lambda of " + what + " threw " + cause + "; it must return a column field of a table"
                    + " instance, e.g. () -> Users.USERS.id");
        }
        if (target == null) {
            throw new SchemaException(at + ": the lambda of " + what + " returned null; it must return a column field of a table"
                    + " instance, e.g. () -> Users.USERS.id");
        }
        return target;
    }

    /** Finishes an index: {@code index("n").on(a, b).where("a IS NOT NULL")}. */
    public final class IndexBuilder {
        private final String indexName;
        private final boolean unique;
        private final List<IndexDef.Key> keys = new ArrayList<>();
        private String where;

        private IndexBuilder(String indexName, boolean unique) {
            this.indexName = indexName;
            this.unique = unique;
        }

        public IndexBuilder on(Column... onColumns) {
            requireOwn(Arrays.asList(onColumns), "index(\"" + indexName + "\").on");
            for (Column c : onColumns) keys.add(IndexDef.Key.column(c.name()));
            return this;
        }

        /**
         * Descending column keys: {@code onDesc(createdAt)} is the key {@code "created_at" DESC}, the way {@code db:pull}
         * writes an index declared {@code (created_at DESC)}. Mixed with {@link #on} and {@link #onExpression} in the order called.
         */
        public IndexBuilder onDesc(Column... onColumns) {
            requireOwn(Arrays.asList(onColumns), "index(\"" + indexName + "\").onDesc");
            for (Column c : onColumns) keys.add(IndexDef.Key.expression("\"" + c.name().replace("\"", "\"\"") + "\" DESC"));
            return this;
        }

        /** An expression key, e.g. {@code "lower(\"email\")"}. */
        public IndexBuilder onExpression(String sql) {
            if (sql == null) throw new IllegalArgumentException("table " + name + ": index(\"" + indexName + "\").onExpression(null) needs the SQL expression");
            keys.add(IndexDef.Key.expression(sql));
            return this;
        }

        /** A partial index: only rows where the SQL condition holds. */
        public IndexBuilder where(String condition) {
            this.where = condition;
            return this;
        }

        IndexDef toDef() {
            String n = indexName != null ? indexName : IndexDef.defaultUniqueName(name, keys.stream().map(IndexDef.Key::text).toList());
            return new IndexDef(n, keys, unique, where);
        }
    }

    /** Finishes a table-level foreign key. */
    public final class ForeignKeyBuilder {
        private final List<Column> from;
        private List<Supplier<Column>> to = List.of();
        private String constraintName;
        private FkAction onDelete = FkAction.NO_ACTION;
        private FkAction onUpdate = FkAction.NO_ACTION;

        private ForeignKeyBuilder(List<Column> from) {
            this.from = from;
        }

        @SafeVarargs
        public final ForeignKeyBuilder references(Supplier<Column>... targets) {
            this.to = List.copyOf(Arrays.asList(targets));
            return this;
        }

        public ForeignKeyBuilder name(String n) {
            this.constraintName = n;
            return this;
        }

        public ForeignKeyBuilder onDelete(FkAction a) {
            this.onDelete = a;
            return this;
        }

        public ForeignKeyBuilder onUpdate(FkAction a) {
            this.onUpdate = a;
            return this;
        }

        ForeignKeyDef toDef() {
            requireOwn(from, "foreignKey");
            List<String> fromNames = from.stream().map(Column::name).toList();
            List<Column> targets = new ArrayList<>();
            for (Supplier<Column> s : to) {
                targets.add(resolve(s, "class " + Table.this.getClass().getName() + " (table \"" + name + "\")",
                        "foreignKey(" + String.join(", ", fromNames) + ").references(() -> ...)"));
            }
            if (targets.isEmpty()) {
                throw new SchemaException(Table.this.getClass().getName() + ": foreignKey" + fromNames + " has no references(...)");
            }
            String refTable = targets.get(0).table().tableName();
            for (Column t : targets) {
                if (!t.table().tableName().equals(refTable)) {
                    throw new SchemaException(Table.this.getClass().getName() + ": foreignKey" + fromNames
                            + " references columns of several tables (" + refTable + ", " + t.table().tableName() + "); a foreign key targets one table");
                }
            }
            List<String> toNames = targets.stream().map(Column::name).toList();
            String n = constraintName != null ? constraintName : ForeignKeyDef.defaultName(name, fromNames, refTable, toNames);
            return new ForeignKeyDef(n, name, fromNames, refTable, toNames, onDelete, onUpdate);
        }
    }
}
