package dev.godwit.engine.diff;

import dev.godwit.engine.diff.Change.AddCheck;
import dev.godwit.engine.diff.Change.AddColumn;
import dev.godwit.engine.diff.Change.AddForeignKey;
import dev.godwit.engine.diff.Change.AlterColumn;
import dev.godwit.engine.diff.Change.AlterPrimaryKey;
import dev.godwit.engine.diff.Change.CreateIndex;
import dev.godwit.engine.diff.Change.CreateTable;
import dev.godwit.engine.diff.Change.CreateView;
import dev.godwit.engine.diff.Change.DropCheck;
import dev.godwit.engine.diff.Change.DropColumn;
import dev.godwit.engine.diff.Change.DropForeignKey;
import dev.godwit.engine.diff.Change.DropIndex;
import dev.godwit.engine.diff.Change.DropTable;
import dev.godwit.engine.diff.Change.DropView;
import dev.godwit.engine.diff.Change.RenameColumn;
import dev.godwit.engine.diff.Change.RenameTable;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two schemas and lists the changes from {@code before} to {@code after}. Renames come
 * first (declared with {@code renamedFrom}, else asked of the resolver); the old schema is then
 * rewritten with the new names so everything else compares name for name. Foreign keys compare by
 * what SQLite keeps (columns, target, actions), not by name, so renaming a parent table does not
 * rebuild its children as drizzle-kit does.
 */
public final class SchemaDiffer {

    private SchemaDiffer() {
    }

    public static SchemaDiff diff(SchemaDef beforeAsGiven, SchemaDef afterAsGiven, RenameResolver resolver) {
        SchemaDef before = ReferenceNames.spelledAsDeclared(beforeAsGiven);
        SchemaDef after = ReferenceNames.spelledAsDeclared(afterAsGiven);
        List<Change> changes = new ArrayList<>();
        Map<String, String> tableRenames = resolveTableRenames(before, after, resolver);
        Map<String, TableDef> oldByNewName = new LinkedHashMap<>();

        List<TableDef> dropped = new ArrayList<>();
        for (TableDef t : before.tables()) {
            // A table whose name a renamed table takes over is dropped, not matched by name.
            boolean keepsName = after.table(t.name()).isPresent() && !tableRenames.containsValue(t.name());
            String newName = tableRenames.getOrDefault(t.name(), keepsName ? t.name() : null);
            if (newName == null) dropped.add(t);
            else oldByNewName.put(newName, t);
        }
        requireNoReferencesToTakenNames(before, after, tableRenames, oldByNewName, dropped);
        tableRenames.forEach((from, to) -> changes.add(new RenameTable(from, to)));

        // Column renames per surviving table, then the old schema rewritten to the new names.
        Map<String, Map<String, String>> columnRenames = new LinkedHashMap<>();
        for (TableDef t : after.tables()) {
            TableDef old = oldByNewName.get(t.name());
            if (old == null) continue;
            Map<String, String> cr = resolveColumnRenames(old, t, resolver);
            if (!cr.isEmpty()) columnRenames.put(t.name(), cr);
            cr.forEach((from, to) -> changes.add(new RenameColumn(t.name(), from, to)));
        }
        // A dropped table whose name a rename takes over would stand twice under one name.
        List<TableDef> beforeWithoutReplaced = before.tables().stream()
                .filter(t -> !(dropped.contains(t) && tableRenames.containsValue(t.name()))).toList();
        SchemaDef renamedBefore = applyRenames(new SchemaDef(beforeWithoutReplaced, before.views()), tableRenames, columnRenames);

        for (TableDef t : dropped) changes.add(new DropTable(t));
        for (TableDef t : after.tables()) {
            if (!oldByNewName.containsKey(t.name())) changes.add(new CreateTable(t));
        }
        NamesTakenOver takenOver = new NamesTakenOver(after, tableRenames, columnRenames, dropped.stream().map(TableDef::name).toList());
        for (TableDef t : after.tables()) {
            if (!oldByNewName.containsKey(t.name())) continue;
            TableDef old = renamedBefore.table(t.name()).orElseThrow();
            diffTable(old, t, takenOver, changes);
        }
        diffViews(before, after, takenOver, changes);

        // drizzle-kit names the table as it is after the migration on both sides ("members"."email" -> "members"."login" when
        // users became members too), since it resolves column renames on the renamed tables
        Map<String, String> metaColumns = new LinkedHashMap<>();
        columnRenames.forEach((table, m) -> m.forEach((from, to) -> metaColumns.put(quote(table) + "." + quote(from), quote(table) + "." + quote(to))));
        return new SchemaDiff(changes, before, renamedBefore, after, tableRenames, metaColumns);
    }

    /**
     * A table dropped while another takes its name, by a rename or as a new table (only in another case: {@code Parents}
     * dropped, {@code parents} new, one name to SQLite): tables that keep a foreign key to that name would silently switch
     * parents (and lose rows to ON DELETE actions when the old one is dropped), so that needs two migrations. The same where
     * the key reaches it through tables dropped too: they and the old table can go only after the survivor's key (SqlitePlanner
     * drops them late), which is after the rename or the CREATE TABLE wants the name.
     */
    private static void requireNoReferencesToTakenNames(SchemaDef before, SchemaDef after, Map<String, String> tableRenames,
            Map<String, TableDef> oldByNewName, List<TableDef> dropped) {
        // by SqliteNames.key: "items" taken from a dropped "Items" is the same name to SQLite
        Map<String, String> droppedByKey = new HashMap<>();
        for (TableDef t : dropped) droppedByKey.put(SqliteNames.key(t.name()), t.name());
        for (Map.Entry<String, String> rename : tableRenames.entrySet()) {
            requireNoKeyReaching(droppedByKey.get(SqliteNames.key(rename.getValue())), before, droppedByKey, (taken, table, via) -> "table \""
                    + taken + "\" is dropped and \"" + rename.getKey() + "\" is renamed to \"" + rename.getValue() + "\" in the same migration, but table \""
                    + table + "\" has a foreign key to \"" + taken + "\"" + via + ". Split it: first drop or rename the old \"" + taken + "\" (and update \""
                    + table + "\"), generate, then rename \"" + rename.getKey() + "\".");
        }
        for (TableDef n : after.tables()) {
            if (oldByNewName.containsKey(n.name())) continue;
            requireNoKeyReaching(droppedByKey.get(SqliteNames.key(n.name())), before, droppedByKey, (taken, table, via) -> "table \"" + taken
                    + "\" is dropped and a new table \"" + n.name() + "\" takes its name (SQLite ignores the case of ASCII letters in names) in the same"
                    + " migration, but table \"" + table + "\" has a foreign key to \"" + taken + "\"" + via + ". Split it: first drop the old \"" + taken
                    + "\" (and update \"" + table + "\"), generate, then create \"" + n.name() + "\".");
        }
    }

    private interface TakenNameMessage {
        String of(String taken, String table, String via);
    }

    /** Refuses, with {@code message}, a kept table's key that reaches the dropped table {@code taken} (if any). */
    private static void requireNoKeyReaching(String taken, SchemaDef before, Map<String, String> droppedByKey, TakenNameMessage message) {
        if (taken == null) return;
        for (TableDef t : before.tables()) {
            if (droppedByKey.containsKey(SqliteNames.key(t.name()))) continue;
            for (ForeignKeyDef fk : t.foreignKeys()) {
                List<String> through = droppedTablesOnTheWay(fk.refTable(), taken, before, droppedByKey.keySet());
                if (through == null) continue;
                String via = through.isEmpty() ? "" : " through " + String.join(", ", through.stream().map(SchemaDiffer::quote).toList())
                        + (through.size() == 1 ? ", dropped too" : ", all dropped too");
                throw new dev.godwit.schema.model.SchemaException(message.of(taken, t.name(), via));
            }
        }
    }

    /**
     * The dropped tables a key to {@code start} passes through to reach {@code target} by their keys, or null if it does not.
     * Tables as SQLite names them: {@code dropped} holds {@link SqliteNames#key}s.
     */
    private static List<String> droppedTablesOnTheWay(String start, String target, SchemaDef before, Set<String> dropped) {
        Map<String, String> reachedFrom = new LinkedHashMap<>();   // by key: the table a key was followed from, or null
        Map<String, String> spelled = new HashMap<>();
        reachedFrom.put(SqliteNames.key(start), null);
        spelled.put(SqliteNames.key(start), start);
        List<String> queue = new ArrayList<>(List.of(SqliteNames.key(start)));
        for (int i = 0; i < queue.size(); i++) {
            String at = queue.get(i);
            if (at.equals(SqliteNames.key(target))) {
                List<String> path = new ArrayList<>();
                for (String p = reachedFrom.get(at); p != null; p = reachedFrom.get(p)) path.add(0, spelled.get(p));
                return path;
            }
            if (!dropped.contains(at)) continue;
            for (ForeignKeyDef fk : before.table(spelled.get(at)).map(TableDef::foreignKeys).orElse(List.of())) {
                String parent = SqliteNames.key(fk.refTable());
                if (!reachedFrom.containsKey(parent)) {
                    reachedFrom.put(parent, at);
                    spelled.put(parent, fk.refTable());
                    queue.add(parent);
                }
            }
        }
        return null;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static Map<String, String> resolveTableRenames(SchemaDef before, SchemaDef after, RenameResolver resolver) {
        Map<String, String> declared = new LinkedHashMap<>();
        for (TableDef t : after.tables()) if (t.renamedFrom() != null) declared.put(t.name(), ReferenceNames.spelledAs(t.renamedFrom(), before.tableNames()));
        refuseSwaps("table", "", declared, n -> before.table(n).isPresent() && after.table(n).isPresent());
        Map<String, String> renames = new LinkedHashMap<>();
        List<String> added = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (TableDef t : after.tables()) if (before.table(t.name()).isEmpty()) added.add(t.name());
        for (TableDef t : before.tables()) if (after.table(t.name()).isEmpty()) gone.add(t.name());
        // Declared renames are honoured when the new name is free (new, or renamed away by another declared rename: chains
        // c -> d, b -> c, a -> b), also when it was taken (that table is dropped) or the old name is reused by a new table; a
        // declaration left in the code after its migration is not one of these: then both names exist before and after.
        acceptDeclared(declared, renames, n -> before.table(n).isPresent(), n -> after.table(n).isPresent());
        renames.forEach((from, to) -> {
            added.remove(to);
            gone.remove(from);
        });
        for (String a : List.copyOf(added)) {
            if (gone.isEmpty()) break;
            String from = resolver.tableRenamedFrom(a, List.copyOf(gone), unmatched(declared.get(a), n -> before.table(n).isPresent()));
            if (from != null && gone.remove(from)) renames.put(from, a);
        }
        return renames;
    }

    /**
     * Declared renames that go round in a circle between names the last snapshot and the schema both have (a swap): a
     * swap cannot be told from declarations left in the code after the migration that swapped, which would swap back on
     * every generate, so it is refused with the way to do it.
     */
    private static void refuseSwaps(String kind, String where, Map<String, String> renamedFromByName, java.util.function.Predicate<String> onBothSides) {
        for (String start : renamedFromByName.keySet()) {
            // A name declared renamed from itself (a case-only rename's declaration left in the code, matched as SQLite matches
            // names) is no swap: the declaration is spent, and acceptDeclared ignores it.
            if (start.equals(renamedFromByName.get(start))) continue;
            List<String> circle = new ArrayList<>(List.of(start));
            String n = renamedFromByName.get(start);
            while (n != null && onBothSides.test(n) && !circle.contains(n)) {
                circle.add(n);
                n = renamedFromByName.get(n);
            }
            if (!start.equals(n) || !onBothSides.test(start)) continue;
            List<String> described = new ArrayList<>();
            for (String c : circle) described.add(quote(c) + " renamedFrom " + quote(renamedFromByName.get(c)));
            throw new dev.godwit.schema.model.SchemaException(kind + "s " + where + String.join(", ", described)
                    + ", and all these names are in the last snapshot already: swapping names in one migration is not supported,"
                    + " and the declarations may be left over from the migration that made them. If they are, remove these renamedFrom."
                    + " To swap, generate twice: first rename " + quote(renamedFromByName.get(start)) + " to a free name (say "
                    + quote(renamedFromByName.get(start) + "_old") + ", declaring renamedFrom), then the rest.");
        }
    }

    /**
     * The declared renames ({@code renamedFromByName}: new name -> declared old name, or null) that hold, into {@code renames}
     * (old -> new): the old name existed, and the new name is new, or the old name goes, or the new name is freed by another
     * rename that holds. Repeated until nothing changes, so a chain holds in any order of declaration.
     */
    private static void acceptDeclared(Map<String, String> renamedFromByName, Map<String, String> renames,
            java.util.function.Predicate<String> existedBefore, java.util.function.Predicate<String> existsAfter) {
        // Two declarations of one old name: one of them is left over from an earlier migration, and which is not for us to guess.
        Map<String, String> declarerOf = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : renamedFromByName.entrySet()) {
            String from = e.getValue();
            if (from == null || from.equals(e.getKey()) || !existedBefore.test(from)) continue;
            String other = declarerOf.putIfAbsent(from, e.getKey());
            if (other != null) {
                throw new dev.godwit.schema.model.SchemaException(quote(other) + " and " + quote(e.getKey()) + " both declare renamedFrom " + quote(from)
                        + ": one of them is left over from an earlier migration. Remove that renamedFrom (a declaration is needed only in the"
                        + " migration that makes the rename).");
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> e : renamedFromByName.entrySet()) {
                String to = e.getKey();
                String from = e.getValue();
                if (from == null || from.equals(to) || !existedBefore.test(from) || renames.containsKey(from) || renames.containsValue(to)) continue;
                // the old name goes: gone from the schema, or taken over by another rename that holds (b <- a while c <- b)
                boolean fromGoes = !existsAfter.test(from) || renames.containsValue(from);
                if (!existedBefore.test(to) || fromGoes || renames.containsKey(to)) {
                    renames.put(from, to);
                    grew = true;
                }
            }
        }
    }

    /** A declared renamedFrom that names nothing the last snapshot has (a typo of the old name), else null. */
    private static String unmatched(String declaredFrom, java.util.function.Predicate<String> existedBefore) {
        return declaredFrom != null && !existedBefore.test(declaredFrom) ? declaredFrom : null;
    }

    private static Map<String, String> resolveColumnRenames(TableDef old, TableDef now, RenameResolver resolver) {
        Map<String, String> declared = new LinkedHashMap<>();
        for (ColumnDef c : now.columns()) if (c.renamedFrom() != null) declared.put(c.name(), ReferenceNames.spelledAs(c.renamedFrom(), old.columnNames()));
        refuseSwaps("column", "of table " + quote(now.name()) + ": ", declared, n -> old.column(n).isPresent() && now.column(n).isPresent());
        Map<String, String> renames = new LinkedHashMap<>();
        List<String> added = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (ColumnDef c : now.columns()) if (old.column(c.name()).isEmpty()) added.add(c.name());
        for (ColumnDef c : old.columns()) if (now.column(c.name()).isEmpty()) gone.add(c.name());
        // As for tables: a declared rename holds when the new name is new or the old one goes (a -> b with c -> a; name ->
        // full_name with a new column name). Both names before and after is a declaration left in the code (or a swap, refused).
        acceptDeclared(declared, renames, n -> old.column(n).isPresent(), n -> now.column(n).isPresent());
        renames.forEach((from, to) -> {
            added.remove(to);
            gone.remove(from);
        });
        for (Map.Entry<String, String> r : renames.entrySet()) {
            String to = r.getValue();
            if (old.column(to).isPresent() && !renames.containsKey(to)) {
                throw new dev.godwit.schema.model.SchemaException("column " + quote(to) + " of table " + quote(now.name()) + " is declared renamedFrom "
                        + quote(r.getKey()) + ", but the last snapshot has a column " + quote(to) + " too, which nothing renames away. If that"
                        + " renamedFrom is left over from an earlier migration, remove it. Otherwise split it: first drop (or rename) the old "
                        + quote(to) + ", generate, then rename " + quote(r.getKey()) + ".");
            }
        }
        for (String a : List.copyOf(added)) {
            if (gone.isEmpty()) break;
            String from = resolver.columnRenamedFrom(now.name(), a, List.copyOf(gone), unmatched(declared.get(a), n -> old.column(n).isPresent()));
            if (from != null && gone.remove(from)) renames.put(from, a);
        }
        return renames;
    }

    /**
     * The old schema as it looks after the renames: tables, columns, and every reference to them (index columns, foreign
     * keys, the primary key). {@code columnRenames} is keyed by the table's new name. SQL text (checks, views) is left as it is.
     */
    public static SchemaDef applyRenames(SchemaDef before, Map<String, String> tableRenames, Map<String, Map<String, String>> columnRenames) {
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : before.tables()) {
            String name = tableRenames.getOrDefault(t.name(), t.name());
            Map<String, String> cr = columnRenames.getOrDefault(name, Map.of());
            List<ColumnDef> cols = t.columns().stream().map(c -> cr.containsKey(c.name()) ? c.withName(cr.get(c.name())) : c).toList();
            List<IndexDef> idx = t.indexes().stream().map(i -> i.withKeys(i.keys().stream()
                    .map(k -> !k.expression() && cr.containsKey(k.text()) ? IndexDef.Key.column(cr.get(k.text())) : k).toList())).toList();
            List<ForeignKeyDef> fks = new ArrayList<>();
            for (ForeignKeyDef fk : t.foreignKeys()) {
                String ref = tableRenames.getOrDefault(fk.refTable(), fk.refTable());
                Map<String, String> refCr = columnRenames.getOrDefault(ref, Map.of());
                ForeignKeyDef moved = fk.withTable(name).withRefTable(ref).withColumns(rename(fk.columns(), cr), rename(fk.refColumns(), refCr));
                // drizzle's default name is made of the tables and columns: it follows their renames, as the schema code's does (a
                // snapshot keeping the old one has drizzle-kit, which matches foreign keys by name, rebuild the table)
                if (fk.name().equals(ForeignKeyDef.defaultName(t.name(), fk.columns(), fk.refTable(), fk.refColumns()))) {
                    moved = new ForeignKeyDef(ForeignKeyDef.defaultName(name, moved.columns(), ref, moved.refColumns()), moved.table(), moved.columns(),
                            moved.refTable(), moved.refColumns(), moved.onDelete(), moved.onUpdate());
                }
                fks.add(moved);
            }
            PrimaryKeyDef pk = t.primaryKey() == null ? null : new PrimaryKeyDef(t.primaryKey().name(), rename(t.primaryKey().columns(), cr));
            tables.add(new TableDef(name, cols, pk, idx, fks, t.checks(), null));
        }
        return new SchemaDef(tables, before.views());
    }

    private static List<String> rename(List<String> cols, Map<String, String> renames) {
        return cols.stream().map(c -> renames.getOrDefault(c, c)).toList();
    }

    private static void diffTable(TableDef old, TableDef now, NamesTakenOver takenOver, List<Change> changes) {
        String t = now.name();
        for (ColumnDef c : now.columns()) {
            var prev = old.column(c.name());
            if (prev.isEmpty()) changes.add(new AddColumn(t, c));
            else if (!sameColumn(prev.get(), c) || prev.get().generated() != null && takenOver.readByTable(t, prev.get().generated().as())) {
                changes.add(new AlterColumn(t, prev.get(), c));
            }
        }
        for (ColumnDef c : old.columns()) if (now.column(c.name()).isEmpty()) changes.add(new DropColumn(t, c));

        Map<String, IndexDef> oldIdx = new HashMap<>();
        for (IndexDef i : old.indexes()) oldIdx.put(i.name(), i);
        for (IndexDef i : now.indexes()) {
            IndexDef prev = oldIdx.remove(i.name());
            if (prev == null) {
                changes.add(new CreateIndex(t, i));
            } else if (!sameIndex(prev, old.name(), i, t) || readsTakenOver(prev, t, takenOver)) {
                changes.add(new DropIndex(t, prev));
                changes.add(new CreateIndex(t, i));
            }
        }
        for (IndexDef i : oldIdx.values()) changes.add(new DropIndex(t, i));

        List<ForeignKeyDef> unmatchedOld = new ArrayList<>(old.foreignKeys());
        for (ForeignKeyDef fk : now.foreignKeys()) {
            ForeignKeyDef match = unmatchedOld.stream().filter(o -> o.sameConstraint(fk)).findFirst().orElse(null);
            if (match != null) unmatchedOld.remove(match);
            else changes.add(new AddForeignKey(t, fk));
        }
        for (ForeignKeyDef fk : unmatchedOld) changes.add(new DropForeignKey(t, fk));

        List<String> oldPk = old.primaryKey() == null ? List.of() : old.primaryKey().columns();
        List<String> newPk = now.primaryKey() == null ? List.of() : now.primaryKey().columns();
        if (!oldPk.equals(newPk)) changes.add(new AlterPrimaryKey(t, old.primaryKey(), now.primaryKey(), numbered(old, now)));

        Map<String, CheckDef> oldChecks = new HashMap<>();
        for (CheckDef c : old.checks()) oldChecks.put(c.name(), c);
        for (CheckDef c : now.checks()) {
            CheckDef prev = oldChecks.remove(c.name());
            if (prev == null) {
                changes.add(new AddCheck(t, c));
            } else if (!Objects.equals(CheckText.comparable(prev.expression(), old.name()), CheckText.comparable(c.expression(), now.name()))
                    || takenOver.readByTable(t, prev.expression())) {
                changes.add(new DropCheck(t, prev));
                changes.add(new AddCheck(t, c));
            }
        }
        for (CheckDef c : oldChecks.values()) changes.add(new DropCheck(t, c));
    }

    /** {@link ColumnDef#sameDefinition}, a generated column's expression compared as a CHECK's is ({@link CheckText#comparable}). */
    private static boolean sameColumn(ColumnDef was, ColumnDef is) {
        if (was.sameDefinition(is)) return true;
        dev.godwit.schema.model.Generated a = was.generated();
        dev.godwit.schema.model.Generated b = is.generated();
        return a != null && b != null && a.type() == b.type() && Objects.equals(CheckText.comparable(a.as(), null), CheckText.comparable(b.as(), null))
                && was.withGenerated(b).sameDefinition(is);
    }

    /** Expression keys and WHERE compared as CHECKs are, without their own table's qualifier (drizzle's {@code "t"."col"}). */
    static boolean sameIndex(IndexDef a, String aTable, IndexDef b, String bTable) {
        if (a.unique() != b.unique() || a.keys().size() != b.keys().size()) return false;
        if (!Objects.equals(CheckText.comparable(a.where(), aTable), CheckText.comparable(b.where(), bTable))) return false;
        for (int k = 0; k < a.keys().size(); k++) {
            IndexDef.Key x = a.keys().get(k);
            IndexDef.Key y = b.keys().get(k);
            if (x.expression() != y.expression()) {
                // "n" and n ASC (a database made by hand, which db:pull reads as the column): the same key
                if (x.expression() ? IndexKeys.sameAscendingColumn(y.text(), x.text()) : IndexKeys.sameAscendingColumn(x.text(), y.text())) continue;
                return false;
            }
            if (x.expression() && IndexKeys.sameDescendingColumn(x.text(), y.text())) continue;   // created DESC, "created" DESC
            if (x.expression() ? !Objects.equals(CheckText.comparable(x.text(), aTable), CheckText.comparable(y.text(), bTable)) : !x.text().equals(y.text())) return false;
        }
        return true;
    }

    private static boolean readsTakenOver(IndexDef i, String table, NamesTakenOver takenOver) {
        if (takenOver.readByTable(table, i.where())) return true;
        for (IndexDef.Key k : i.keys()) if (k.expression() && takenOver.readByTable(table, k.text())) return true;
        return false;
    }

    private static void diffViews(SchemaDef before, SchemaDef after, NamesTakenOver takenOver, List<Change> changes) {
        for (ViewDef v : before.views()) {
            var now = after.view(v.name());
            if (v.existing()) continue;
            if (now.isEmpty() || now.get().existing() || !sameView(v, now.get(), takenOver)) changes.add(new DropView(v));
        }
        for (ViewDef v : after.views()) {
            if (v.existing()) continue;
            var prev = before.view(v.name());
            if (prev.isEmpty() || prev.get().existing() || !sameView(prev.get(), v, takenOver)) changes.add(new CreateView(v));
        }
    }

    private static boolean sameView(ViewDef was, ViewDef is, NamesTakenOver takenOver) {
        // quoted names compared alike: a RENAME COLUMN in a custom migration leaves SQLite's "full_name" where the code writes `full_name`
        return CheckText.sameViewSql(was.definition(), is.definition()) && !takenOver.readByView(was.definition());
    }

    /** The column a table-level key makes the rowid that could hold NULL before (then the copy numbers those rows), else null. */
    private static String numbered(TableDef old, TableDef now) {
        if (now.primaryKey() == null || !now.hasRowidAlias()) return null;
        String k = now.primaryKeyColumns().get(0);
        if (old.hasRowidAlias() && old.primaryKeyColumns().get(0).equals(k)) return null;
        // a key that is not the rowid can hold NULL in SQLite: only a NOT NULL column is safe
        return old.column(k).filter(c -> !c.notNull()).map(c -> k).orElse(null);
    }
}
