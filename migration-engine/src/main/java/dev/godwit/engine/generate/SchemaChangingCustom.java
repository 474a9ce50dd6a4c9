package dev.godwit.engine.generate;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.CheckText;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.InvalidJsonException;
import dev.godwit.engine.folder.JsonText;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.folder.SnapshotException;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.migrate.InMemoryReplay;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latest migration when it is a custom one (no checksum in {@code meta/_sums/}, its snapshot a copy of the one before, as
 * db:generate -Ddb.custom and drizzle-kit's --custom write it) whose SQL changes the schema: its snapshot does not record that, so
 * a diff from it writes the change again (a rename as ADD plus DROP COLUMN, the data lost). db:generate records what it makes in
 * its snapshot; db:verify names it. Only the latest: a migration generated after a custom one was diffed from its snapshot as it was.
 *
 * @param migration the custom migration
 * @param made      the schema the migrations make, replayed, in the recorded snapshot's tables where a table is unchanged
 * @param changes   what its SQL changes, described for a person
 * @param snapshot  its snapshot recording {@code made}, the same id and parent, the renames in {@code _meta}
 */
public record SchemaChangingCustom(Migration migration, SchemaDef made, List<String> changes, Snapshot snapshot) {

    private static final Pattern RENAME_COLUMN = Pattern.compile(
            "(?is)^\\s*ALTER\\s+TABLE\\s+(\\S+)\\s+RENAME\\s+(?:COLUMN\\s+)?(\\S+)\\s+TO\\s+(\\S+?)\\s*;?\\s*$");
    private static final Pattern DROP_TABLE = Pattern.compile(
            "(?is)^\\s*DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|\\S+?)\\s*;?\\s*$");
    private static final Pattern RENAME_TABLE = Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\s+(\\S+)\\s+RENAME\\s+TO\\s+(\\S+?)\\s*;?\\s*$");

    /**
     * The latest migration of {@code folder} when it is a custom one whose own SQL changes a table the snapshot records and the
     * schema code ({@code schema}, asked for only then) follows that change; null otherwise (or unreadable).
     */
    public static SchemaChangingCustom latest(MigrationsFolder folder, java.util.function.Supplier<SchemaDef> schema) {
        return latest(folder, schema, false);
    }

    /**
     * As {@link #latest(MigrationsFolder, java.util.function.Supplier)}, for db:generate: a custom migration holding a schema
     * statement (ALTER, CREATE, DROP) that fails when replayed, the ones before it replaying, is refused naming the statement and
     * SQLite's error. Diffed from its copied snapshot, its change would be written again, or asked about as a rename (db:verify's
     * replay finding names it too).
     */
    public static SchemaChangingCustom latestForGenerate(MigrationsFolder folder, java.util.function.Supplier<SchemaDef> schema) {
        return latest(folder, schema, true);
    }

    private static SchemaChangingCustom latest(MigrationsFolder folder, java.util.function.Supplier<SchemaDef> schema, boolean refuseFailing) {
        List<Migration> migrations;
        try {
            migrations = folder.migrations();
        } catch (RuntimeException unreadable) {
            return null;   // said by the folder's checks
        }
        CustomSnapshot latest = customSnapshot(folder, migrations);
        if (latest == null || !latest.copy()) return null;   // db:generate wrote it, or a generator wrote its snapshot
        if (anyRefused(migrations)) return null;
        Migration last = migrations.get(migrations.size() - 1);
        SchemaDef replayedBefore;   // what the migrations before it make: what its own SQL changes is told from that
        SchemaDef replayed;
        // one replay: the migrations before it, read, then its own SQL on the same database (not the whole folder a second time)
        try (SqliteDatabase db = InMemoryReplay.of(migrations.subList(0, migrations.size() - 1))) {
            replayedBefore = Introspector.introspect(db);
            try {
                db.runAtomically(last.statements(), ForeignKeysPragma.asksOff(last.statements()));
            } catch (dev.godwit.engine.db.DatabaseException fails) {
                if (refuseFailing && changesSchema(last)) throw replayFails(folder, last, fails);
                return null;
            }
            replayed = Introspector.introspect(db);
        } catch (SnapshotException refused) {
            throw refused;
        } catch (RuntimeException fails) {
            return null;   // the replay's own finding says why
        }
        return of(latest.own(), last, replayedBefore, replayed, schema);
    }

    /**
     * The latest of {@code migrations} where it is a custom one whose snapshot is a copy of the one before, to be told from a replay
     * the caller runs (db:verify's own: the folder is then replayed once); null where there is none, or a statement of the folder
     * is one db:apply refuses (that replay stops before it).
     */
    public static CopiedLatest copiedLatest(MigrationsFolder folder, List<Migration> migrations) {
        CustomSnapshot latest = customSnapshot(folder, migrations);
        if (latest == null || !latest.copy() || anyRefused(migrations)) return null;
        return new CopiedLatest(latest.own(), migrations.get(migrations.size() - 1));
    }

    /** See {@link #copiedLatest}: {@code own} its snapshot, {@code migration} the custom migration. */
    public record CopiedLatest(Snapshot own, Migration migration) {
        /**
         * As {@link SchemaChangingCustom#latest(MigrationsFolder, java.util.function.Supplier)} gives it: {@code replayedBefore} what
         * the migrations before it make, {@code replayed} what all of them make.
         */
        public SchemaChangingCustom told(SchemaDef replayedBefore, SchemaDef replayed, java.util.function.Supplier<SchemaDef> schema) {
            return of(own, migration, replayedBefore, replayed, schema);
        }
    }

    /**
     * Whether a statement of {@code migrations} is one db:apply refuses: an ATTACH (or a statement sqlite-jdbc takes for a file copy)
     * would reach real files from a replay; db:verify's replay stops before it and says so.
     */
    static boolean anyRefused(List<Migration> migrations) {
        for (Migration m : migrations) {
            for (int i = 0; i < m.statements().size(); i++) if (dev.godwit.engine.migrate.StatementRules.problem(m, i) != null) return true;
        }
        return false;
    }

    /** What {@code last}, a custom migration whose snapshot {@code own} is a copy of the one before, changes, told from the replays. */
    private static SchemaChangingCustom of(Snapshot own, Migration last, SchemaDef replayedBefore, SchemaDef replayed,
                                           java.util.function.Supplier<SchemaDef> schema) {
        Map<String, String> tableRenames = new HashMap<>();    // new key -> old name
        Map<String, String> columnRenames = new HashMap<>();   // table key + "." + new key -> old name
        java.util.Set<String> droppedTables = new java.util.HashSet<>();   // keys of the tables its SQL drops by name
        for (String statement : last.statements()) {
            String st = withoutCommentLines(statement);
            Matcher t = RENAME_TABLE.matcher(st);
            Matcher c = RENAME_COLUMN.matcher(st);
            Matcher d = DROP_TABLE.matcher(st);
            if (d.matches()) droppedTables.add(SqliteNames.key(unquoted(d.group(1))));
            if (t.matches()) tableRenames.put(SqliteNames.key(unquoted(t.group(2))), unquoted(t.group(1)));
            else if (c.matches()) columnRenames.put(SqliteNames.key(unquoted(c.group(1))) + "." + SqliteNames.key(unquoted(c.group(3))), unquoted(c.group(2)));
        }
        // Only the tables the snapshot records, changed in place or renamed: a table or view a hand-written migration creates and the
        // schema does not declare (or declares existing) is managed outside the schema code, and recorded it would be dropped by the
        // next db:generate; a table it drops stays recorded, as before. Of those, only the ones this migration's own SQL changes (an
        // earlier migration edited by hand is an edit, not this one's change), the migrations before it making what the snapshot
        // records, and the schema code no longer declaring as the snapshot does: one it still declares so (an index made by hand for
        // speed, a rename the code did not follow) would be undone by the next db:generate, and is left to db:verify's replay finding
        Map<String, Map<String, String>> unfollowed = unfollowedRenames(own.schema(), replayed, schema, tableRenames, columnRenames);
        List<TableDef> kept = new ArrayList<>();
        for (TableDef was : own.schema().tables()) {
            TableDef made = madeOf(was, replayed, tableRenames);
            TableDef then = replayedBefore.table(was.name()).orElse(null);
            TableDef recordedTable = SqlitePlanner.asWritten(new SchemaDef(List.of(was), List.of())).tables().get(0);
            TableDef code = schema.get().table(made != null ? made.name() : was.name()).orElse(null);
            boolean codeAsRecorded = schema.get().table(was.name()).map(c -> sameTable(SqlitePlanner.asWritten(new SchemaDef(List.of(c), List.of())).tables().get(0),
                    recordedTable)).orElse(false);
            boolean changedHere = made != null && then != null && !sameTable(then, made) && sameTable(then, recordedTable) && !codeAsRecorded;
            // dropped by its own DROP TABLE (made before it, as recorded, gone after it) and the schema code dropped it too; a table
            // gone some other way (a rename this does not read) stays recorded, else the next db:generate would create it again
            boolean droppedHere = made == null && then != null && sameTable(then, recordedTable) && code == null
                    && droppedTables.contains(SqliteNames.key(was.name()));
            if (droppedHere) continue;
            kept.add(changedHere ? withoutHandMade(withoutUnfollowedRenames(made, recordedTable, unfollowed), recordedTable, code) : recordedTable);
        }
        List<ViewDef> views = rewrittenViews(own.schema(), replayedBefore, replayed, schema);
        replayed = new SchemaDef(kept, views);
        SchemaDef recorded = SqlitePlanner.asWritten(own.schema());
        if (Verifier.differences(replayed, recorded).isEmpty()) return null;   // data only, or what the snapshot records already

        RenameResolver fromSql = new RenameResolver() {
            @Override
            public String tableRenamedFrom(String added, List<String> dropped) {
                return among(tableRenames.get(SqliteNames.key(added)), dropped);
            }

            @Override
            public String columnRenamedFrom(String table, String added, List<String> dropped) {
                String old = columnRenames.get(SqliteNames.key(table) + "." + SqliteNames.key(added));
                // the table as the statement named it: renamed in the same migration, before or after
                for (Map.Entry<String, String> r : tableRenames.entrySet()) {
                    if (old == null && r.getKey().equals(SqliteNames.key(table))) old = columnRenames.get(SqliteNames.key(r.getValue()) + "." + SqliteNames.key(added));
                }
                return among(old, dropped);
            }
        };
        SchemaDiff diff = SchemaDiffer.diff(recorded, replayed, fromSql);
        List<String> changes = diff.changes().stream().map(Change::describe).toList();

        // unchanged tables and views as the snapshot records them (the schema code's spelling), the changed ones as replayed
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : replayed.tables()) {
            TableDef was = own.schema().table(t.name()).orElse(null);
            boolean same = was != null && Verifier.differences(new SchemaDef(List.of(t), List.of()),
                    SqlitePlanner.asWritten(new SchemaDef(List.of(was), List.of()))).isEmpty();
            tables.add(same ? was : t);
        }
        SchemaDef made = new SchemaDef(tables, views);
        Snapshot snapshot = new Snapshot(own.id(), own.prevId(), made, diff.renamedTables(), diff.renamedColumns());
        return new SchemaChangingCustom(last, made, changes, snapshot);
    }

    /** The latest migration's snapshot, and whether it is a copy of the one before (as db:generate -Ddb.custom writes it). */
    private record CustomSnapshot(Snapshot own, boolean copy) {
    }

    /**
     * The latest of {@code migrations}' snapshot when that migration is a custom one (no checksum: db:generate did not write it);
     * null where there is none, db:generate wrote it, or a snapshot cannot be read (said by the folder's checks).
     */
    private static CustomSnapshot customSnapshot(MigrationsFolder folder, List<Migration> migrations) {
        if (migrations.isEmpty()) return null;
        Migration last = migrations.get(migrations.size() - 1);
        try {
            if (folder.readSum(last.entry()) != null || folder.readSum(last.tag()) != null) return null;
            Path ownFile = folder.snapshotFile(last.tag());
            if (!Files.isRegularFile(ownFile)) return null;
            Snapshot own = folder.readSnapshot(ownFile);
            SchemaDef before = migrations.size() == 1 ? SchemaDef.EMPTY
                    : folder.readSnapshot(folder.snapshotFile(migrations.get(migrations.size() - 2).tag())).schema();
            return new CustomSnapshot(own, Verifier.differences(own.schema(), before).isEmpty());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * The snapshot's JSON, refused where it would not record what the migrations make (the replayed schema holds something the
     * snapshot format has no place for): a wrong snapshot would make db:generate write the wrong migration.
     */
    public String snapshotJson(MigrationsFolder folder) {
        String json = SnapshotCodec.render(snapshot);
        List<String> lost;
        try {
            lost = Verifier.differences(made, SqlitePlanner.asWritten(SnapshotCodec.fromJson(JsonText.parse(json), "").schema()));
        } catch (InvalidJsonException | RuntimeException unreadable) {
            lost = List.of("the snapshot written from it cannot be read back (" + unreadable.getMessage() + ")");
        }
        if (!lost.isEmpty()) {
            throw new SnapshotException(migration.fileName() + ", a custom migration, changes the schema, and its snapshot ("
                    + folder.relative(folder.snapshotFile(migration.tag())) + ") cannot record what it makes:\n    - " + String.join("\n    - ", lost)
                    + "\n  Nothing was written. Make the change in the schema code instead (then mvn db:generate), and keep the custom"
                    + " migration for data");
        }
        return json;
    }

    /**
     * {@code made} without the indexes, CHECKs and foreign keys it made by hand beside the change the code follows (one neither
     * recorded before nor declared by the schema code): recorded, the next db:generate would drop it (a CHECK or a foreign key by
     * rebuilding the table).
     */
    private static TableDef withoutHandMade(TableDef made, TableDef recorded, TableDef code) {
        List<IndexDef> indexes = new ArrayList<>();
        for (IndexDef i : made.indexes()) {
            if (named(recorded.indexes().stream().map(IndexDef::name), i.name())
                    || (code != null && named(code.indexes().stream().map(IndexDef::name), i.name()))) indexes.add(i);
        }
        List<CheckDef> checks = new ArrayList<>();
        for (CheckDef c : made.checks()) {
            if (named(recorded.checks().stream().map(CheckDef::name), c.name())
                    || (code != null && named(code.checks().stream().map(CheckDef::name), c.name()))) checks.add(c);
        }
        List<ForeignKeyDef> keys = new ArrayList<>();
        for (ForeignKeyDef k : made.foreignKeys()) {
            if (sameKeyIn(recorded.foreignKeys(), k) || (code != null && sameKeyIn(code.foreignKeys(), k))) keys.add(k);
        }
        return made.withIndexes(indexes).withChecks(checks).withForeignKeys(keys);
    }

    /**
     * What db:verify's replay finding advises where the latest migration, a custom one, renames a column the schema code does not
     * follow (the replay makes the new name, the code declares the old one): db:generate writes nothing for it, so "run mvn
     * db:generate to add what is missing" led nowhere. Following it in the code is offered only while the migration's snapshot is
     * still a copy of the one before: db:generate then records the rename; once it recorded the old name, it would write a RENAME
     * COLUMN from a column the database no longer has. Null: no such rename.
     */
    public static String unfollowedRenameAdvice(MigrationsFolder folder, List<Migration> migrations, SchemaDef code, SchemaDef replayed) {
        CustomSnapshot latest = customSnapshot(folder, migrations);
        if (latest == null) return null;
        Migration last = migrations.get(migrations.size() - 1);
        boolean copy = latest.copy();
        List<String> renames = new ArrayList<>();
        List<String> olds = new ArrayList<>();
        List<String> news = new ArrayList<>();
        List<String> back = new ArrayList<>();
        for (String statement : last.statements()) {
            String st = withoutCommentLines(statement);
            Matcher c = RENAME_COLUMN.matcher(st);
            if (!c.matches() || RENAME_TABLE.matcher(st).matches()) continue;
            TableDef made = replayed.table(unquoted(c.group(1))).orElse(null);
            TableDef declared = code.table(unquoted(c.group(1))).orElse(null);
            String from = unquoted(c.group(2));
            String to = unquoted(c.group(3));
            if (made == null || declared == null || made.columnNamed(from).isPresent() || made.columnNamed(to).isEmpty()
                    || declared.columnNamed(from).isEmpty() || declared.columnNamed(to).isPresent()) continue;
            String wasName = declared.columnNamed(from).get().name();
            String isName = made.columnNamed(to).get().name();
            renames.add("column \"" + made.name() + "\".\"" + wasName + "\" to \"" + isName + "\"");
            olds.add("\"" + wasName + "\"");
            news.add("\"" + isName + "\"");
            back.add("ALTER TABLE " + ticked(made.name()) + " RENAME COLUMN " + ticked(isName) + " TO " + ticked(wasName) + ";");
        }
        if (renames.isEmpty()) return null;
        String what = folder.relative(last.file()) + ", a custom migration, renames " + String.join(" and ", renames) + ", which the schema code does"
                + " not follow (it still declares " + String.join(", ", olds) + "), so db:generate writes nothing for it. ";
        String undo = "rename it back in a new custom migration (mvn db:generate -Ddb.custom) holding:\n    " + String.join("\n    ", back);
        return copy
                ? what + "Follow the rename in the schema code (declare " + String.join(", ", news) + "; mvn db:generate then records it in "
                        + last.fileName() + "'s snapshot), or keep " + String.join(", ", olds) + ": take the RENAME COLUMN out of " + last.fileName()
                        + " where it is applied nowhere yet, else " + undo
                : what + Character.toUpperCase(undo.charAt(0)) + undo.substring(1) + "\n  or, where " + last.fileName()
                        + " is applied nowhere yet, take the RENAME COLUMN out of it";
    }

    private static String ticked(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * The recorded views, each one its SQL changed (SQLite rewrites a view's text over a renamed column) as the schema code declares
     * it where that is what the replay made; recorded with its old text, the next db:generate would write DROP VIEW and CREATE VIEW
     * for nothing. One the code declares otherwise stays as recorded (db:verify's replay names it).
     */
    private static List<ViewDef> rewrittenViews(SchemaDef recorded, SchemaDef replayedBefore, SchemaDef replayed,
                                                                        java.util.function.Supplier<SchemaDef> schema) {
        List<ViewDef> views = new ArrayList<>();
        for (ViewDef was : recorded.views()) {
            ViewDef then = replayedBefore.view(was.name()).orElse(null);
            ViewDef made = replayed.view(was.name()).orElse(null);
            boolean changedHere = !was.existing() && then != null && made != null && sameText(then, was) && !sameText(made, was);
            ViewDef code = changedHere ? schema.get().view(was.name()).orElse(null) : null;
            views.add(code != null && !code.existing() && sameText(code, made) ? code : was);
        }
        return views;
    }

    private static boolean sameText(ViewDef a, ViewDef b) {
        return CheckText.sameViewSql(a.definition(), b.definition());   // as db:generate compares views (SchemaDiffer)
    }

    /** Whether a statement of {@code m} is one that changes the schema (its comment lines aside). */
    private static boolean changesSchema(Migration m) {
        return m.statements().stream().anyMatch(st -> SCHEMA_STATEMENT.matcher(withoutCommentLines(st)).find());
    }

    private static final Pattern SCHEMA_STATEMENT = Pattern.compile("(?i)^\\s*(ALTER|CREATE|DROP)\\s");
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*--.*$");

    /** {@code statement} without its whole-line comments: the custom template's comment line sits in its first statement. */
    private static String withoutCommentLines(String statement) {
        return COMMENT_LINE.matcher(statement).replaceAll("");
    }

    /** db:generate's refusal of a custom migration that fails when replayed, naming the statement and SQLite's error. */
    private static SnapshotException replayFails(MigrationsFolder folder, Migration m, dev.godwit.engine.db.DatabaseException e) {
        List<String> statements = m.statements();
        String where = e.statementIndex() >= 0 && e.statementIndex() < statements.size()
                ? ", at statement " + (e.statementIndex() + 1) + ":\n    " + dev.godwit.engine.migrate.StatementRules.shown(statements.get(e.statementIndex()))
                : "";
        return new SnapshotException(folder.relative(m.file()) + ", a custom migration, fails when the migrations are replayed on an empty database"
                + where + "\n  SQLite says: " + e.databaseMessage() + "\n  db:generate cannot tell what it makes to the schema, so it wrote nothing."
                + " Fix the statement in " + m.fileName() + ", then run mvn db:generate again (on a database that has applied it already, record"
                + " the edit with mvn db:repair)");
    }

    /** The table the migrations make of recorded table {@code was}: by its name, or by the name its SQL renamed it to; null: gone. */
    private static TableDef madeOf(TableDef was, SchemaDef replayed, Map<String, String> tableRenames) {
        TableDef made = replayed.table(was.name()).orElse(null);
        for (TableDef t : replayed.tables()) {
            String from = tableRenames.get(SqliteNames.key(t.name()));
            if (from != null && SqliteNames.key(from).equals(SqliteNames.key(was.name()))) made = t;
        }
        return made;
    }

    /**
     * The columns its SQL renamed that the schema code does not follow (it still declares the old name, not the new), by the key
     * of the table as made, then the key of the new name, to the name recorded before.
     */
    private static Map<String, Map<String, String>> unfollowedRenames(SchemaDef recorded, SchemaDef replayed, java.util.function.Supplier<SchemaDef> schema,
                                                                      Map<String, String> tableRenames, Map<String, String> columnRenames) {
        Map<String, Map<String, String>> unfollowed = new HashMap<>();
        if (columnRenames.isEmpty()) return unfollowed;
        for (TableDef was : recorded.tables()) {
            TableDef made = madeOf(was, replayed, tableRenames);
            TableDef code = made == null ? null : schema.get().table(made.name()).orElse(null);
            if (code == null) continue;
            for (ColumnDef c : made.columns()) {
                String old = columnRenames.get(SqliteNames.key(made.name()) + "." + SqliteNames.key(c.name()));
                if (old == null) old = columnRenames.get(SqliteNames.key(was.name()) + "." + SqliteNames.key(c.name()));   // named before a table rename
                ColumnDef before = old == null ? null : was.columnNamed(old).orElse(null);
                if (before != null && code.columnNamed(c.name()).isEmpty() && code.columnNamed(old).isPresent()) {
                    unfollowed.computeIfAbsent(SqliteNames.key(made.name()), k -> new HashMap<>()).put(SqliteNames.key(c.name()), before.name());
                }
            }
        }
        return unfollowed;
    }

    /**
     * {@code made} with each column its SQL renamed that the schema code does not follow as recorded before, and the indexes and
     * foreign keys SQLite moved to its new name (a key in this table on that column, or one referencing it in another table or this
     * one) back on the old one: recorded renamed, the next db:generate would ask to rename it back, or drop its values, or write an
     * index on a column the database does not have, or rebuild a table whose key the code declares on the old name.
     */
    private static TableDef withoutUnfollowedRenames(TableDef made, TableDef recorded, Map<String, Map<String, String>> unfollowed) {
        Map<String, String> back = unfollowed.getOrDefault(SqliteNames.key(made.name()), Map.of());
        java.util.function.BinaryOperator<String> old = (table, n) -> unfollowed.getOrDefault(SqliteNames.key(table), Map.of())
                .getOrDefault(SqliteNames.key(n), n);
        List<ColumnDef> columns = made.columns().stream().map(c -> back.containsKey(SqliteNames.key(c.name()))
                ? recorded.columnNamed(back.get(SqliteNames.key(c.name()))).orElseThrow() : c).toList();
        List<IndexDef> indexes = made.indexes().stream().map(i -> i.withKeys(i.keys().stream()
                .map(k -> k.expression() ? k : IndexDef.Key.column(old.apply(made.name(), k.text()))).toList())).toList();
        List<ForeignKeyDef> keys = made.foreignKeys().stream().map(k -> k.withColumns(k.columns().stream().map(n -> old.apply(made.name(), n)).toList(),
                k.refColumns().stream().map(n -> old.apply(k.refTable(), n)).toList())).toList();
        return made.withColumns(columns).withIndexes(indexes).withForeignKeys(keys);
    }

    /** By what it links (a key read back from SQLite carries a generated name, not the one declared). */
    private static boolean sameKeyIn(List<ForeignKeyDef> keys, ForeignKeyDef k) {
        return keys.stream().anyMatch(o -> SqliteNames.same(o.refTable(), k.refTable()) && keyed(o.columns()).equals(keyed(k.columns()))
                && keyed(o.refColumns()).equals(keyed(k.refColumns())));
    }

    private static List<String> keyed(List<String> names) {
        return names.stream().map(SqliteNames::key).toList();
    }

    private static boolean named(java.util.stream.Stream<String> names, String name) {
        return names.anyMatch(n -> SqliteNames.key(n).equals(SqliteNames.key(name)));
    }

    private static boolean sameTable(TableDef a, TableDef b) {
        return Verifier.differences(new SchemaDef(List.of(a), List.of()), new SchemaDef(List.of(b), List.of())).isEmpty();
    }

    private static String among(String old, List<String> dropped) {
        if (old == null) return null;
        for (String d : dropped) if (SqliteNames.key(d).equals(SqliteNames.key(old))) return d;
        return null;
    }

    private static String unquoted(String name) {
        return SqlLexer.unquote(name.strip());   // doubled quotes undone too: "a""b" is a"b
    }
}
