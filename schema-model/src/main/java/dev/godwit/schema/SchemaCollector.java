package dev.godwit.schema;

import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.SchemaValidator;
import dev.godwit.schema.model.SourceMap;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns table and view instances into a validated {@link SchemaDef}. Errors name the declaring
 * class and field, so a user can jump straight to the line.
 */
public final class SchemaCollector {

    private SchemaCollector() {
    }

    public static SchemaDef collect(List<?> declarations) {
        List<TableDef> tables = new ArrayList<>();
        List<ViewDef> views = new ArrayList<>();
        List<Table> tableDeclarations = new ArrayList<>();
        Map<String, String> tableSource = new HashMap<>();
        Map<String, String> viewSource = new HashMap<>();
        List<String> problems = new ArrayList<>();
        java.util.Set<String> incomplete = new java.util.HashSet<>();   // tables refused in part or whole: see SchemaValidator
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object d : declarations) {
            if (seen.put(d, Boolean.TRUE) != null) continue;
            if (d instanceof Table t) {
                String at = tableLocation(t);
                String first = tableSource.putIfAbsent(t.tableName(), at);
                if (first != null) {
                    // The validator would name the first declaration for both: say which two collide here.
                    String firstClass = first.substring(0, first.indexOf(" (table "));
                    problems.add(firstClass.equals("class " + t.getClass().getName())
                            // one class made twice (Users.USERS and Schema.USERS = new Users()): "also declared by" itself said nothing
                            ? at + ": table \"" + t.tableName() + "\" is declared by two instances of " + t.getClass().getName() + " (two `new "
                                    + t.getClass().getSimpleName() + "()` in static fields); keep one, e.g. its own static field, and refer to that one"
                            : at + ": duplicate table name \"" + t.tableName() + "\", also declared by " + firstClass + "; each table needs its own name");
                    continue;
                }
                tableDeclarations.add(t);
                List<String> refused = new ArrayList<>(fieldsHoldingOtherTablesColumns(t));
                try {
                    tables.add(t.toDef(c -> columnSources(List.of(t)).get(SourceMap.key(t.tableName(), c.name())), refused));
                } catch (SchemaException e) {
                    refused.addAll(e.problems());
                }
                if (!refused.isEmpty()) incomplete.add(SqliteNames.key(t.tableName()));
                problems.addAll(refused);
            } else if (d instanceof View v) {
                viewSource.putIfAbsent(v.viewName(), "class " + v.getClass().getName() + " (view \"" + v.viewName() + "\")");
                views.add(v.toDef());
            } else {
                throw new IllegalArgumentException("not a Table or View: " + d);
            }
        }
        SchemaDef schema = new SchemaDef(tables, views);
        if (!problems.isEmpty()) {
            // the rest is checked too (what needs a refused part left out), so that every problem is said in one run
            List<String> located = SchemaValidator.problems(schema, SourceMap.of(tableSource, columnSources(tableDeclarations), viewSource), incomplete);
            problems.addAll(namingOutsideClasses(located, tableDeclarations));
            List<Class<?>> order = new ArrayList<>();
            for (Object d : declarations) if (!order.contains(d.getClass())) order.add(d.getClass());
            problems.sort(java.util.Comparator.comparingInt(p -> declaredBy(p, order)));
            SchemaDef whole = new SchemaDef(tables.stream().filter(t -> !incomplete.contains(SqliteNames.key(t.name()))).toList(),
                    incomplete.isEmpty() ? views : List.of());
            throw new SchemaException(problems, whole.withSources(classes(tableSource, viewSource)));
        }
        try {
            SchemaValidator.validate(schema);
        } catch (SchemaException unlocated) {
            // Where each column was declared is worked out (by reflection) only for a schema that has problems to point at.
            List<String> located = SchemaValidator.problems(schema, SourceMap.of(tableSource, columnSources(tableDeclarations), viewSource));
            if (located.isEmpty()) throw unlocated;
            throw new SchemaException(namingOutsideClasses(located, tableDeclarations));
        }
        return schema.withSources(classes(tableSource, viewSource));
    }

    /**
     * The place in {@code order} of the class a problem names first ("class com.acme.Users (...)", "field Users.email",
     * "com.acme.Users: ..."), so that problems are listed class by class in the order they were given; the last place for none.
     */
    private static int declaredBy(String problem, List<Class<?>> order) {
        for (int i = 0; i < order.size(); i++) {
            String name = order.get(i).getName();
            if (problem.startsWith("class " + name + " ") || problem.startsWith("class " + name + ":") || problem.startsWith(name + ":")
                    || problem.startsWith("field " + simpleName(order.get(i)) + ".")) {
                return i;
            }
        }
        return order.size();
    }

    /**
     * Where each table and view was declared, kept with the schema for the checks db:generate and db:push run later; a column
     * by its table's class (its field is found by reflection, done above only for a schema with problems, and the schema is kept
     * past the build by a Maven daemon, where it must hold no object of the schema's classes).
     */
    private static SourceMap classes(Map<String, String> tableSource, Map<String, String> viewSource) {
        SourceMap declared = SourceMap.of(tableSource, Map.of(), viewSource);
        return new SourceMap() {
            @Override
            public String table(String table) {
                return declared.table(table);
            }

            @Override
            public String view(String view) {
                return declared.view(view);
            }

            @Override
            public String column(String table, String column) {
                String at = tableSource.get(table);
                return at == null ? SourceMap.NAMES.column(table, column)
                        : at.substring(0, at.indexOf(" (table ")) + " (column \"" + table + "\".\"" + column + "\")";
            }
        };
    }

    /**
     * A foreign key to a table class outside the loaded packages ("references table "orgs", which is not in the schema") says
     * which class that is, and that its package belongs in {@code <schema>}.
     */
    private static List<String> namingOutsideClasses(List<String> problems, List<Table> declared) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Table t : declared) names.add(SqliteNames.key(t.tableName()));
        Map<String, String> outside = new HashMap<>();
        for (Table t : declared) {
            for (Table r : t.referencedTables()) {
                if (!names.contains(SqliteNames.key(r.tableName()))) outside.putIfAbsent(r.tableName(), r.getClass().getName());
            }
        }
        if (outside.isEmpty()) return problems;
        List<String> out = new ArrayList<>();
        for (String p : problems) {
            for (Map.Entry<String, String> e : outside.entrySet()) {
                if (p.contains(" references table \"" + e.getKey() + "\", which is not in the schema")) {   // a "did you mean" may follow
                    p += "; class " + e.getValue() + " declares it, outside the packages in <schema> / -Ddb.schema: add its package there";
                    break;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * A column is declared by calling integer(...), text(...), ... in the table's own initialisers; a field that holds another table's
     * column (copied, or {@code = Users.USERS.id} meant as a foreign key) declares nothing, and the table would silently lack it.
     */
    private static List<String> fieldsHoldingOtherTablesColumns(Table t) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Column> f : columnFieldValues(t).entrySet()) {
            Column c = f.getValue();
            if (c.table() == t) continue;
            Table other = c.table();
            String column = "\"" + other.tableName() + "\".\"" + c.name() + "\"";
            out.add(tableLocation(t) + ": field " + f.getKey() + " holds column " + column + " of another table (class "
                    + other.getClass().getName() + "), so it declares no column of \"" + t.tableName() + "\"; a field declares a column"
                    + " of its own table: write " + builderCall(c.type(), snakeCase(f.getKey())) + ", with .references(() -> "
                    + instanceExpression(other) + "." + fieldName(other, c) + ") if a foreign key to " + column + " was meant");
        }
        return out;
    }

    /** {@code integer("owner_id")}, or {@code column("owner_id", "text(20)")} for any other type. */
    private static String builderCall(String type, String columnName) {
        String quoted = "\"" + columnName + "\"";
        return List.of("integer", "text", "real", "blob", "numeric").contains(type) ? type + "(" + quoted + ")"
                : "column(" + quoted + ", \"" + type.replace("\"", "\\\"") + "\")";
    }

    /** ownerId -> owner_id, as db:pull names fields the other way round. */
    private static String snakeCase(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code Users.USERS}: the static field of the table's class that holds it, else {@code Users.INSTANCE} as a placeholder. */
    private static String instanceExpression(Table t) {
        for (Field f : t.getClass().getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Table.class.isAssignableFrom(f.getType())) continue;
            try {
                f.setAccessible(true);
                if (f.get(null) == t) return simpleName(t.getClass()) + "." + f.getName();
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // the placeholder below says the same
            }
        }
        return simpleName(t.getClass()) + ".INSTANCE";
    }

    private static String fieldName(Table t, Column c) {
        String f = columnFields(t).get(c);
        return f != null ? f : c.name();
    }

    private static String tableLocation(Table t) {
        return "class " + t.getClass().getName() + " (table \"" + t.tableName() + "\")";
    }

    /** Each column's declaring field ("field Users.email"), keyed by {@link SourceMap#key}. */
    private static Map<String, String> columnSources(List<Table> tableDeclarations) {
        Map<String, String> columnSource = new HashMap<>();
        for (Table t : tableDeclarations) {
            String cls = t.getClass().getName();
            Map<Column, String> fields = columnFields(t);
            Map<String, List<String>> places = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                String f = fields.get(c);
                places.computeIfAbsent(c.name(), k -> new ArrayList<>())
                        .add(f != null ? simpleName(t.getClass()) + "." + f : "class " + cls);
            }
            for (Map.Entry<String, List<String>> e : places.entrySet()) {
                List<String> ps = e.getValue();
                String label = ps.size() == 1 ? (ps.get(0).startsWith("class ") ? ps.get(0) : "field " + ps.get(0))
                        : "fields " + String.join(", ", ps.stream().map(x -> x.startsWith("class ") ? x.substring(6) : x).toList());
                columnSource.put(SourceMap.key(t.tableName(), e.getKey()),
                        label + " (column \"" + t.tableName() + "\".\"" + e.getKey() + "\")");
            }
        }
        return columnSource;
    }

    /** {@code Users}; for an anonymous or local class, its binary name without the package. */
    private static String simpleName(Class<?> c) {
        if (!c.getSimpleName().isEmpty()) return c.getSimpleName();
        String n = c.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /**
     * Each column's declaring field: the first field to hold it as the instance is initialised. A later field holding the same
     * column ({@code final Column title = name;}, an old name kept) is an alias, declares nothing, and is not where errors point.
     */
    private static Map<Column, String> columnFields(Table t) {
        Map<Column, String> out = new IdentityHashMap<>();
        columnFieldValues(t).forEach((field, col) -> out.putIfAbsent(col, field));
        return out;
    }

    /**
     * The table's instance fields of type Column (its own and its superclasses'), by name, with the column each holds, in the
     * order they are initialised: superclasses' first, each class's in declaration order (a field a subclass hides by name
     * gives way to the subclass's).
     */
    private static Map<String, Column> columnFieldValues(Table t) {
        Map<String, Column> out = new LinkedHashMap<>();
        Map<String, Field> ordered = new LinkedHashMap<>();
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = t.getClass(); c != null && c != Table.class; c = c.getSuperclass()) chain.add(0, c);
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && Column.class.isAssignableFrom(f.getType())) ordered.put(f.getName(), f);
            }
        }
        for (Field f : ordered.values()) {
            try {
                f.setAccessible(true);
                Object v = f.get(t);
                if (v instanceof Column col) out.put(f.getName(), col);
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // Inaccessible fields only cost the nicer error location.
            }
        }
        return out;
    }
}
