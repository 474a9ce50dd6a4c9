package dev.godwit.schema;

import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.SchemaValidator;
import dev.godwit.schema.model.SourceMap;
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
        Map<String, String> tableSource = new HashMap<>();
        Map<String, String> columnSource = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object d : declarations) {
            if (seen.put(d, Boolean.TRUE) != null) continue;
            if (d instanceof Table t) {
                String cls = t.getClass().getName();
                tableSource.putIfAbsent(t.tableName(), "class " + cls + " (table \"" + t.tableName() + "\")");
                Map<Column, String> fields = columnFields(t);
                for (Column c : t.columns()) {
                    String f = fields.get(c);
                    columnSource.putIfAbsent(t.tableName() + "\u0000" + c.name(),
                            (f != null ? "field " + t.getClass().getSimpleName() + "." + f : "class " + cls)
                                    + " (column \"" + t.tableName() + "\".\"" + c.name() + "\")");
                }
                try {
                    tables.add(t.toDef());
                } catch (SchemaException e) {
                    problems.addAll(e.problems());
                }
            } else if (d instanceof View v) {
                views.add(v.toDef());
            } else {
                throw new IllegalArgumentException("not a Table or View: " + d);
            }
        }
        if (!problems.isEmpty()) throw new SchemaException(problems);
        SchemaDef schema = new SchemaDef(tables, views);
        SchemaValidator.validate(schema, new SourceMap() {
            @Override
            public String table(String table) {
                return tableSource.getOrDefault(table, "table \"" + table + "\"");
            }

            @Override
            public String column(String table, String column) {
                return columnSource.getOrDefault(table + "\u0000" + column, "column \"" + table + "\".\"" + column + "\"");
            }
        });
        return schema;
    }

    private static Map<Column, String> columnFields(Table t) {
        Map<Column, String> out = new IdentityHashMap<>();
        Map<String, Field> ordered = new LinkedHashMap<>();
        for (Class<?> c = t.getClass(); c != null && c != Table.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && Column.class.isAssignableFrom(f.getType())) ordered.putIfAbsent(f.getName(), f);
            }
        }
        for (Field f : ordered.values()) {
            try {
                f.setAccessible(true);
                Object v = f.get(t);
                if (v instanceof Column col) out.put(col, f.getName());
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // Inaccessible fields only cost the nicer error location.
            }
        }
        return out;
    }
}
