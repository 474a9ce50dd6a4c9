package dev.godwit.engine.up;

import com.fasterxml.jackson.databind.JsonNode;
import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.InvalidJsonException;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.JsonText;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.folder.SnapshotException;
import dev.godwit.engine.folder.Tags;
import dev.godwit.engine.introspect.IntrospectionResult;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.engine.pull.JavaSchemaWriter;
import dev.godwit.engine.sql.ForeignKeysPragma;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code db:up} on a folder in drizzle-kit 1.0's layout ({@code 20261206183503_init/migration.sql} and a version 7
 * {@code snapshot.json} per migration, no {@code meta/_journal.json}): converts it to the journal layout Godwit and drizzle-kit
 * 0.31 read, so a project started on drizzle-kit 1.0 continues with Godwit. Each migration keeps its folder's name as its tag
 * ({@code migrations.prefix "timestamp"}'s style, which db:generate continues) and its SQL byte for byte (the history rows'
 * hashes stay true); its journal {@code when} is the name's time as UTC milliseconds, the {@code created_at} drizzle-orm 1.0's
 * {@code migrate()} records, so the rows it wrote are read as these migrations. The version 6 snapshots are not translated from
 * version 7's entities: each is the schema the migrations so far build on an empty in-memory database, read back as
 * {@code db:pull} reads a database. Everything is written, and the old folders removed, together or not at all.
 */
public final class DrizzleKit10Layout {

    private static final String FOLDER_NAME = "\\d{14}_.+";
    private static final Set<String> KNOWN_FILES = Set.of("migration.sql", "snapshot.json");

    private DrizzleKit10Layout() {
    }

    /** The migration folders of a folder in drizzle-kit 1.0's layout, in name order; empty when it has a journal or none. */
    static List<Path> migrationFolders(MigrationsFolder folder) {
        if (!Files.isDirectory(folder.dir()) || Files.exists(folder.journalFile())) return List.of();
        try (Stream<Path> s = Files.list(folder.dir())) {
            List<Path> named = s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches(FOLDER_NAME)).sorted().toList();
            // the layout is drizzle-kit 1.0's when one holds a migration.sql; then each such folder is one of its migrations
            return named.stream().anyMatch(p -> Files.isRegularFile(p.resolve("migration.sql"))) ? named : List.of();
        } catch (IOException e) {
            throw new SnapshotException("cannot list " + folder.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Converts the folder; returns the files written (SQL files, snapshots, the journal). Throws, changing nothing, where it cannot. */
    static List<Path> convert(MigrationsFolder folder, List<Path> dirs, EngineLog log) {
        String shown = folder.relative(folder.dir());
        String nothing = " Nothing was changed.";
        Path meta = folder.metaDir();
        if (Files.exists(meta) && !isEmptyDirectory(meta)) {
            throw new SnapshotException(shown + " is in drizzle-kit 1.0's layout but also has " + folder.relative(meta) + "/ without a journal:"
                    + " db:up writes the journal and the snapshots there. Move " + folder.relative(meta) + " away and run mvn db:up again." + nothing);
        }
        // read everything first
        List<Migration> migrations = new ArrayList<>();
        List<String> v7Ids = new ArrayList<>();
        List<Map<String, String>[]> renames = new ArrayList<>();
        List<Path> oldFiles = new ArrayList<>();
        long lastWhen = -1;
        String lastTag = null;
        for (Path d : dirs) {
            String tag = d.getFileName().toString();
            String problem = Journal.tagProblem(tag);
            if (problem != null) throw new SnapshotException(folder.relative(d) + "/: the folder name " + problem + "; db:up makes it a tag." + nothing);
            long seconds = Tags.secondsNamed(tag);
            if (seconds < 0) {
                throw new SnapshotException(folder.relative(d) + "/ is not named by a time (yyyyMMddHHmmss_name, as drizzle-kit 1.0 names a"
                        + " migration's folder): db:up takes the journal's \"when\" from it, as drizzle-orm 1.0's migrate() takes created_at." + nothing);
            }
            long when = seconds * 1000;
            if (when == lastWhen) {
                throw new SnapshotException(folder.relative(d) + "/ and " + lastTag + "/ are named by the same second: drizzle-orm 1.0's migrate()"
                        + " recorded both with created_at " + when + ", and Godwit knows a drizzle history row by it. Rename the folder of the one"
                        + " no database has applied yet to a later second, or apply both everywhere first." + nothing);
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(d)) {
                files = s.sorted().toList();
            } catch (IOException e) {
                throw new SnapshotException("cannot list " + d + ": " + e.getMessage(), e);
            }
            for (Path f : files) {
                if (!KNOWN_FILES.contains(f.getFileName().toString()) || !Files.isRegularFile(f)) {
                    throw new SnapshotException(folder.relative(f) + " is not a file drizzle-kit 1.0 writes in a migration's folder (migration.sql,"
                            + " snapshot.json): db:up would delete it with the folder. Move it out of " + shown + " and run mvn db:up again." + nothing);
                }
                oldFiles.add(f);
            }
            Path sqlFile = d.resolve("migration.sql");
            if (!Files.isRegularFile(sqlFile)) {
                throw new SnapshotException(folder.relative(d) + "/ has no migration.sql: db:up cannot tell which SQL made it. Restore it (git"
                        + " log -- " + folder.relative(sqlFile) + ") or remove the folder, then run mvn db:up again." + nothing);
            }
            String sql = readUtf8(folder, sqlFile);
            if (dev.godwit.engine.migrate.StatementRules.commentedOut(sql)) {
                // drizzle-kit's pull writes only the first migration so; a later one was commented out by hand
                throw new SnapshotException((migrations.isEmpty() ? pulledBaseline(folder.relative(sqlFile), tag)
                        : "Migration " + folder.relative(sqlFile) + " is all inside one /* ... */ comment, so no statement of it runs (commented out by"
                        + " hand?), and db:up cannot tell the schema it makes. Delete the comment's /* and */ lines to keep it, or remove its folder if"
                        + " no database ran it, then run mvn db:up again.") + nothing);
            }
            JournalEntry entry = new JournalEntry(migrations.size(), "6", when, tag, true);
            migrations.add(new Migration(entry, folder.sqlFile(tag), sql, folder.relative(sqlFile)));
            Path v7 = d.resolve("snapshot.json");
            String id = null;
            Map<String, String>[] renamed = renames(null);
            if (Files.isRegularFile(v7)) {
                try {
                    JsonNode root = JsonText.parse(Files.readString(v7, StandardCharsets.UTF_8));
                    if (root.path("id").isTextual() && isUuid(root.path("id").asText())) id = root.path("id").asText();
                    renamed = renames(root.path("renames"));
                } catch (InvalidJsonException | IOException e) {
                    // the version 7 snapshot gives only its id and renames: without them the migration converts all the same
                }
            }
            v7Ids.add(id);
            renames.add(renamed);
            lastWhen = when;
            lastTag = tag;
        }
        for (Migration m : migrations) {
            Path[] targets = {m.file(), folder.snapshotFile(m.tag())};
            for (Path p : targets) {
                if (Files.exists(p)) throw new SnapshotException(folder.relative(p) + " already exists; db:up would write it from " + m.tag() + "/." + nothing);
            }
        }
        // each snapshot: the schema the migrations so far build, read back
        List<String> snapshots = new ArrayList<>();
        String prevId = Snapshot.ORIGIN;
        Set<String> ids = new java.util.HashSet<>();
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            for (int i = 0; i < migrations.size(); i++) {
                Migration m = migrations.get(i);
                try {
                    db.runAtomically(m.statements(), ForeignKeysPragma.asksOff(m.statements()));
                } catch (RuntimeException e) {
                    throw new SnapshotException(m.shownFile() + " fails on an empty in-memory SQLite database after the migrations before it: "
                            + e.getMessage() + ". db:up builds each snapshot from the schema the migrations make, so it cannot convert "
                            + shown + " while one fails." + nothing, e);
                }
                IntrospectionResult read = Introspector.inspect(db, Set.of());
                SchemaDef schema = JavaSchemaWriter.asLoaded(SqlitePlanner.asDeclared(read.schema()));
                String id = v7Ids.get(i) != null && ids.add(v7Ids.get(i)) ? v7Ids.get(i) : UUID.randomUUID().toString();
                ids.add(id);
                Snapshot s = new Snapshot(id, prevId, schema, renames.get(i)[0], renames.get(i)[1]);
                String json = SnapshotCodec.render(s);
                SchemaDef back;
                try {
                    back = SnapshotCodec.fromJson(JsonText.parse(json), folder.relative(folder.snapshotFile(m.tag()))).schema();
                } catch (InvalidJsonException e) {
                    throw new IllegalStateException(e);
                }
                List<String> lost = Verifier.differences(back, schema);
                if (!lost.isEmpty()) {
                    throw new SnapshotException("The schema after " + m.tag() + " does not survive as a version 6 snapshot:\n    - "
                            + String.join("\n    - ", lost) + "\n" + nothing.strip());
                }
                snapshots.add(json);
                prevId = id;
            }
        }
        FolderEdit edit = new FolderEdit(folder, "db:up");
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            Migration m = migrations.get(i);
            edit.write(m.file(), m.sql());
            edit.write(folder.snapshotFile(m.tag()), snapshots.get(i));
            entries.add(m.entry());
        }
        edit.write(folder.journalFile(), new Journal(entries).toJsonText());
        for (Path f : oldFiles) edit.delete(f);
        edit.commit();
        // what the edit wrote is in place: the emptied folders go (one that cannot is said, its files are gone already)
        for (Path d : dirs) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                log.warn("Could not remove the emptied folder " + folder.relative(d) + "/: " + e.getMessage() + "; delete it.");
            }
        }
        for (Migration m : migrations) {
            log.info("  " + folder.relative(m.file().resolveSibling(m.tag())) + "/ -> " + folder.relative(m.file()) + ", "
                    + folder.relative(folder.snapshotFile(m.tag())));
        }
        log.info("Converted " + migrations.size() + " migration(s) from drizzle-kit 1.0's layout to " + folder.relative(folder.journalFile())
                + " (drizzle-kit 0.31's): the SQL as it was, each \"when\" the time its folder is named by (drizzle-orm 1.0's created_at), so the"
                + " databases it migrated show them applied; the snapshots are the schema the migrations build, read back. Run mvn db:verify,"
                + " commit the folder, and continue with mvn db:generate. drizzle-orm 1.0's migrate() does not read this layout: apply from the"
                + " application with godwit-runtime, or with mvn db:apply.");
        List<Path> written = new ArrayList<>(edit.written());
        return written;
    }

    /** Why db:up does not convert drizzle-kit pull's commented-out first migration {@code file}, and the way on. */
    private static String pulledBaseline(String file, String tag) {
        return file + " is the schema drizzle-kit pull read from a database, written inside a /* ... */ comment so that it runs on no"
                + " database (drizzle-kit: \"please uncomment this code before executing migrations\"; drizzle-orm 1.0's migrate() fails on"
                + " it as it is, \"The supplied SQL string contains no statements\", and split at its statement breakpoints it is no SQL"
                + " SQLite runs). db:up makes each snapshot from what the migrations build, and a new database (CI, a teammate's) is built"
                + " by this migration: delete the comment's /* and */ lines (the -- lines above them may stay), so that it creates the"
                + " tables, then run mvn db:up again. The database it was pulled from has them already: record the migration as applied"
                + " there with mvn db:baseline -Ddb.baseline=" + tag + " (-Dlocal for a local file), which checks that its schema is the"
                + " migration's; where drizzle-orm's migrate(db, { init: true }) recorded it there already (a row of " + tag + " in"
                + " __drizzle_migrations, with the commented file's hash), db:status shows it EDITED instead, and mvn db:repair records"
                + " the file as it is now.";
    }

    private static String readUtf8(MigrationsFolder folder, Path f) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SnapshotException(folder.relative(f) + " is not UTF-8 text: db:up copies the SQL as text, and could not keep its bytes"
                    + " (and so its hash in the history). Nothing was changed.", e);
        } catch (IOException e) {
            throw new SnapshotException("cannot read " + folder.relative(f) + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyDirectory(Path p) {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A version 7 snapshot's {@code renames} ({@code "users.name->users.display_name"}, {@code "old->new"} for a table) as a
     * version 6 {@code _meta}: tables old to new, columns in the quoted form keyed old to new. What is not of that form is left out.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String>[] renames(JsonNode node) {
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        if (node != null && node.isArray()) {
            for (JsonNode r : node) {
                String[] sides = r.asText("").split("->", -1);
                if (sides.length != 2) continue;
                String[] from = sides[0].split("\\.", -1);
                String[] to = sides[1].split("\\.", -1);
                if (from.length == 1 && to.length == 1 && !from[0].isEmpty() && !to[0].isEmpty()) {
                    tables.put(from[0], to[0]);
                } else if (from.length == 2 && to.length == 2) {
                    columns.put(SnapshotCodec.quote(from[0]) + "." + SnapshotCodec.quote(from[1]), SnapshotCodec.quote(to[0]) + "." + SnapshotCodec.quote(to[1]));
                }
            }
        }
        return new Map[] {tables, columns};
    }
}
