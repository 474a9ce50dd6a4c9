package dev.godwit.engine.bench;

import dev.godwit.engine.pull.JavaSchemaWriter;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the benchmark schema ({@link BenchSchemas}: N tables, then 5% changed) in the three forms
 * tools/bench-maven.sh times side by side: Java schema classes and a YAML descriptor for Godwit, a
 * TypeScript schema for drizzle-kit. usage: BenchSources DIR TABLES
 * -> DIR/{initial,changed}/{java/bench/schema/*.java, schema.yaml, schema.ts}
 */
public final class BenchSources {

    private BenchSources() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int tables = Integer.parseInt(args[1]);
        write(dir.resolve("initial"), BenchSchemas.initial(tables));
        write(dir.resolve("changed"), BenchSchemas.changed(tables, 0.05));
    }

    private static void write(Path dir, SchemaDef schema) throws Exception {
        Path java = dir.resolve("java");
        for (Map.Entry<String, String> f : JavaSchemaWriter.write(schema, "bench.schema").entrySet()) {
            Path file = java.resolve(f.getKey());   // e.g. bench/schema/T0000.java
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        Files.writeString(dir.resolve("schema.yaml"), yaml(schema));
        Files.writeString(dir.resolve("schema.ts"), typeScript(schema));
    }

    static String yaml(SchemaDef schema) {
        StringBuilder sb = new StringBuilder("tables:\n");
        for (TableDef t : schema.tables()) {
            sb.append("  - name: ").append(t.name()).append("\n    columns:\n");
            for (ColumnDef c : t.columns()) {
                sb.append("      - {name: ").append(c.name()).append(", type: ").append(c.type());
                if (c.primaryKey()) sb.append(", primaryKey: true");
                if (c.autoincrement()) sb.append(", autoincrement: true");
                if (c.notNull()) sb.append(", notNull: true");
                DefaultValue d = c.defaultValue();
                if (d != null) {
                    switch (d.kind()) {
                        case BOOLEAN -> sb.append(", mode: boolean, default: ").append(d.sql());
                        case NUMBER -> sb.append(", default: ").append(d.sql());
                        case SQL -> sb.append(isString(d) ? ", default: \"" + unquote(d) + "\"" : ", default: {sql: \"" + d.sql() + "\"}");
                    }
                }
                sb.append("}\n");
            }
            sb.append("    indexes:\n");
            for (IndexDef i : t.indexes()) {
                sb.append("      - {name: ").append(i.name()).append(", columns: [").append(String.join(", ", i.columns())).append("], unique: ")
                        .append(i.unique()).append("}\n");
            }
            if (!t.foreignKeys().isEmpty()) {
                sb.append("    foreignKeys:\n");
                for (ForeignKeyDef fk : t.foreignKeys()) {
                    sb.append("      - {columns: [").append(String.join(", ", fk.columns())).append("], references: {table: ").append(fk.refTable())
                            .append(", columns: [").append(String.join(", ", fk.refColumns())).append("]}, onDelete: ").append(fk.onDelete().sql()).append("}\n");
                }
            }
        }
        return sb.toString();
    }

    private static boolean isString(DefaultValue d) {
        return d.sql().length() >= 2 && d.sql().startsWith("'") && d.sql().endsWith("'");
    }

    private static String unquote(DefaultValue d) {
        return d.sql().substring(1, d.sql().length() - 1).replace("''", "'");
    }

    static String typeScript(SchemaDef schema) {
        StringBuilder sb = new StringBuilder("import { sql } from \"drizzle-orm\";\n"
                + "import { sqliteTable, integer, text, real, blob, numeric, index, uniqueIndex, type AnySQLiteColumn } from \"drizzle-orm/sqlite-core\";\n\n");
        for (TableDef t : schema.tables()) {
            sb.append("export const ").append(t.name()).append(" = sqliteTable(\"").append(t.name()).append("\", {\n");
            for (ColumnDef c : t.columns()) {
                DefaultValue d = c.defaultValue();
                boolean bool = d != null && d.kind() == DefaultValue.Kind.BOOLEAN;
                String type = c.type().equals("blob") ? "blob" : c.type();
                sb.append("  ").append(c.name()).append(": ").append(type).append("(\"").append(c.name()).append('"')
                        .append(bool ? ", { mode: \"boolean\" }" : "").append(')');
                if (c.primaryKey()) sb.append(c.autoincrement() ? ".primaryKey({ autoIncrement: true })" : ".primaryKey()");
                if (c.notNull()) sb.append(".notNull()");
                if (d != null) {
                    switch (d.kind()) {
                        case BOOLEAN, NUMBER -> sb.append(".default(").append(d.sql()).append(')');
                        case SQL -> sb.append(isString(d) ? ".default(\"" + unquote(d) + "\")" : ".default(sql`" + d.sql() + "`)");
                    }
                }
                for (ForeignKeyDef fk : t.foreignKeys()) {
                    if (fk.columns().equals(java.util.List.of(c.name()))) {
                        sb.append(".references((): AnySQLiteColumn => ").append(fk.refTable()).append('.').append(fk.refColumns().get(0))
                                .append(", { onDelete: \"").append(fk.onDelete().sql()).append("\" })");
                    }
                }
                sb.append(",\n");
            }
            sb.append("}, (t) => [\n");
            for (IndexDef i : t.indexes()) {
                sb.append("  ").append(i.unique() ? "uniqueIndex" : "index").append("(\"").append(i.name()).append("\").on(");
                sb.append(String.join(", ", i.columns().stream().map(col -> "t." + col).toList())).append("),\n");
            }
            sb.append("]);\n\n");
        }
        return sb.toString();
    }
}
