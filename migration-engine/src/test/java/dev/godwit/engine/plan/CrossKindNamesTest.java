package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.push.Pusher;
import dev.godwit.engine.testing.BothTargets;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rebuilt parent's unique index {@code x} that a child's foreign key needs until the rebuild's DROP TABLE, while a rename or a
 * new table made before the rebuild takes the name {@code x}: the index stayed ("there is already another table or index with
 * this name: x" at the rename, "there is already an index named x" at the CREATE TABLE). A copy under a free name now stands in.
 */
class CrossKindNamesTest {

    @TempDir
    Path dir;

    private static final String PARENT = "  - name: %s\n%s    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: code, type: text%s}\n%s";
    private static final String OTHER = "  - name: %s\n%s    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: label, type: text}\n%s";
    private static final String CHECK = "    checks: [{name: c, expression: \"length(code) > 0\"}]\n";

    @ParameterizedTest
    @ValueSource(strings = {"rename", "rename-case", "rename-parent", "new-table-named-by-parent", "new-table-named-by-kept"})
    void aRebuiltParentsKeyIndexGivesItsNameUpBeforeTheRebuild(String shape) throws Exception {
        String parentAfter = shape.equals("rename-parent") ? "x" : "p";
        String kid = "  - name: kid\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: code, type: text, references: {table: %s, column: code}}\n";
        SchemaDef before = YamlSchemaReader.read("tables:\n" + PARENT.formatted("p", "", "", "    indexes: [{name: x, columns: [code], unique: true}]\n")
                + kid.formatted("p") + OTHER.formatted("items", "", ""), "schema.yaml");
        String newX = "  - name: x\n    columns: [{name: id, type: integer, primaryKey: true}]\n";
        String after = "tables:\n" + switch (shape) {
            case "rename" -> PARENT.formatted("p", "", ", unique: true", CHECK) + kid.formatted("p") + OTHER.formatted("x", "    renamedFrom: items\n", "");
            case "rename-case" -> PARENT.formatted("p", "", ", unique: true", CHECK) + kid.formatted("p") + OTHER.formatted("X", "    renamedFrom: items\n", "");
            case "rename-parent" -> PARENT.formatted("x", "    renamedFrom: p\n", ", unique: true", CHECK) + kid.formatted("x") + OTHER.formatted("items", "", "");
            case "new-table-named-by-parent" -> PARENT.formatted("p", "", ", unique: true",
                    "      - {name: xid, type: integer, references: {table: x, column: id}}\n" + CHECK) + kid.formatted("p") + OTHER.formatted("items", "", "") + newX;
            default -> PARENT.formatted("p", "", ", unique: true", CHECK) + kid.formatted("p")
                    + OTHER.formatted("items", "", "      - {name: xid, type: integer, references: {table: x, column: id}}\n") + newX;
        };
        SchemaDef afterDef = YamlSchemaReader.read(after, "schema.yaml");
        List<String> rows = List.of("INSERT INTO p (id, code) VALUES (1, 'a'), (2, 'b')", "INSERT INTO kid VALUES (10, 'a'), (11, 'b')",
                "INSERT INTO items (id, label) VALUES (5, 'five')");
        String all = "SELECT (SELECT group_concat(id || code) FROM " + parentAfter + ") || '/' || (SELECT group_concat(id || code) FROM kid)"
                + " || '/' || (SELECT group_concat(id || label) FROM " + (shape.startsWith("rename") && !shape.equals("rename-parent") ? "x" : "items") + ")"
                + " || '/' || (SELECT group_concat(type || ':' || name) FROM sqlite_master WHERE lower(name) = 'x' OR name LIKE '\\_\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations') AS r";
        String expected = "[{r=1a,2b/10a,11b/5five/table:" + (shape.equals("rename-case") ? "X" : "x") + "}]";

        MigrationsFolder folder = MigrationsFolder.at(dir.resolve(shape));
        new Generator().generate(before, folder, GenerateOptions.batch().withName("init"));
        String sql = new Generator().generate(afterDef, folder, GenerateOptions.batch().withName("next").withAcceptDataLoss(true)).sql();
        assertTrue(sql.indexOf("DROP INDEX `x`;") < sql.indexOf("DROP TABLE `" + parentAfter + "`;"), sql);
        BothTargets.each(dir, shape + "-generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(rows, false);
            migrator.apply(folder, ApplyOptions.defaults());   // failed: there is already another table or index with this name: x
            assertEquals(expected, db.query(all).toString(), where);
        });
        BothTargets.each(dir, shape + "-pushed", (db, where) -> {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            pusher.push(before, true, null);
            db.runAtomically(rows, false);
            pusher.push(afterDef, true, null);
            assertEquals(expected, db.query(all).toString(), where);
        });
    }

    /**
     * A dropped parent p goes only after the rebuild of kid, which references p's unique column and itself ON DELETE CASCADE,
     * while a rename or a new table takes the name of p's index uq1 before it. uq1 was dropped first; then kid's DROP TABLE,
     * compiling its cascade, failed ("foreign key mismatch - "kid" referencing "p"", fz125n_48). A copy stands in for uq1
     * until p goes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"rename", "rename-case", "new-table"})
    void aDroppedParentsKeyIndexStandsInUntilTheParentGoes(String shape) throws Exception {
        String kid = "  - name: kid\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: up, type: integer, references: {table: kid, column: id, onDelete: cascade}}\n%s";
        SchemaDef before = YamlSchemaReader.read("tables:\n" + PARENT.formatted("p", "", "", "    indexes: [{name: uq1, columns: [code], unique: true}]\n")
                + kid.formatted("      - {name: pc, type: text, references: {table: p, column: code, onDelete: cascade}}\n")
                + OTHER.formatted("items", "", ""), "schema.yaml");
        String keptKid = kid.formatted("      - {name: pc, type: text}\n");
        String taker = switch (shape) {
            case "rename" -> OTHER.formatted("uq1", "    renamedFrom: items\n", "");
            case "rename-case" -> OTHER.formatted("UQ1", "    renamedFrom: items\n", "");
            default -> OTHER.formatted("items", "", "") + "  - name: uq1\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                    + "      - {name: kid_id, type: integer, references: {table: kid, column: id}}\n";
        };
        SchemaDef after = YamlSchemaReader.read("tables:\n" + keptKid + taker, "schema.yaml");
        List<String> rows = List.of("INSERT INTO p (id, code) VALUES (1, 'a'), (2, 'b')", "INSERT INTO kid VALUES (10, NULL, 'a'), (11, 10, 'b')",
                "INSERT INTO items (id, label) VALUES (5, 'five')");
        String all = "SELECT (SELECT group_concat(id || '.' || ifnull(up, '-') || '.' || pc) FROM kid) || '/' || (SELECT group_concat(type || ':' || name)"
                + " FROM sqlite_master WHERE lower(name) IN ('p', 'uq1') OR name LIKE '\\_\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations') AS r";
        String expected = "[{r=10.-.a,11.10.b/table:" + (shape.equals("rename-case") ? "UQ1" : "uq1") + "}]";

        MigrationsFolder folder = MigrationsFolder.at(dir.resolve(shape));
        new Generator().generate(before, folder, GenerateOptions.batch().withName("init"));
        Set<String> notRenames = shape.equals("new-table") ? Set.of("uq1") : Set.of();
        String sql = new Generator().generate(after, folder, GenerateOptions.batch().withName("next").withAcceptDataLoss(true).withNotRenames(notRenames)).sql();
        assertTrue(sql.indexOf("CREATE UNIQUE INDEX `__keep_uq1` ON `p` (`code`);") < sql.indexOf("DROP INDEX `uq1`;"), sql);
        BothTargets.each(dir, shape + "-generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(rows, false);
            migrator.apply(folder, ApplyOptions.defaults());   // failed: foreign key mismatch - "kid" referencing "p"
            assertEquals(expected, db.query(all).toString(), where);
        });
        BothTargets.each(dir, shape + "-pushed", (db, where) -> {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            pusher.push(before, true, null);
            db.runAtomically(rows, false);
            pusher.push(after, true, null, notRenames);
            assertEquals(expected, db.query(all).toString(), where);
        });
    }

    /**
     * A dropped table's index name taken by a new unique index of a kept child whose rows the rebuild of its parent moves,
     * while a new table's foreign key needs that index. The dropped table goes with the first drops, so the name is free from
     * the start; it was counted as held until the rebuild, the index waited until after it, and the move's DELETE failed
     * ("foreign key mismatch - "n" referencing "k"", fz219n_32).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ux", "UX"})
    void aDroppedTablesIndexNameIsFreeForAKeyIndexTheRebuildNeeds(String name) throws Exception {
        String p = "  - name: p\n    columns:\n      - {name: code, type: text, primaryKey: true}\n%s";
        String k = "  - name: k\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: s, type: integer}\n"
                + "      - {name: pc, type: text, references: {table: p, column: code, onDelete: set null}}\n%s";
        SchemaDef before = YamlSchemaReader.read("tables:\n" + OTHER.formatted("a", "", "    indexes: [{name: ux, columns: [label], unique: true}]\n")
                + p.formatted("") + k.formatted(""), "schema.yaml");
        SchemaDef after = YamlSchemaReader.read("tables:\n" + p.formatted("    checks: [{name: c, expression: \"length(code) > 0\"}]\n")
                + k.formatted("    indexes: [{name: " + name + ", columns: [s, pc], unique: true}]\n")
                + "  - name: n\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - {name: ns, type: integer}\n"
                + "      - {name: npc, type: text}\n    foreignKeys: [{columns: [ns, npc], references: {table: k, columns: [s, pc]}}]\n", "schema.yaml");
        List<String> rows = List.of("INSERT INTO p (code) VALUES ('a'), ('b')", "INSERT INTO k VALUES (1, 5, 'a'), (2, 6, 'b')",
                "INSERT INTO a (id, label) VALUES (5, 'five')");
        String all = "SELECT (SELECT group_concat(id || s || pc) FROM k) || '/' || (SELECT group_concat(type || ':' || name || ':' || tbl_name)"
                + " FROM sqlite_master WHERE lower(name) IN ('a', 'ux') OR name LIKE '\\_\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations') AS r";
        String expected = "[{r=15a,26b/index:" + name + ":k}]";

        MigrationsFolder folder = MigrationsFolder.at(dir.resolve(name + "-folder"));
        new Generator().generate(before, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(after, folder, GenerateOptions.batch().withName("next").withAcceptDataLoss(true).withNotRenames(Set.of("n")));
        BothTargets.each(dir, name + "-generated", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(rows, false);
            migrator.apply(folder, ApplyOptions.defaults());   // failed: foreign key mismatch - "n" referencing "k"
            assertEquals(expected, db.query(all).toString(), where);
        });
        BothTargets.each(dir, name + "-pushed", (db, where) -> {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            pusher.push(before, true, null);
            db.runAtomically(rows, false);
            pusher.push(after, true, null, Set.of("n"));
            assertEquals(expected, db.query(all).toString(), where);
        });
    }
}
