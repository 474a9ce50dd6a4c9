package dev.godwit.engine.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A drizzle migrations folder ({@code drizzle/}): {@code <tag>.sql} files, {@code meta/_journal.json}
 * and {@code meta/<prefix>_snapshot.json}. Reads what drizzle-kit writes and writes what it reads.
 */
public final class MigrationsFolder {

    private final Path dir;
    private final Path shownFrom;   // messages name files relative to it; null: the folder's parent
    private final boolean shownAbsolute;   // messages name files by their absolute path

    private MigrationsFolder(Path dir, Path shownFrom, boolean shownAbsolute) {
        this.dir = dir;
        this.shownFrom = shownFrom;
        this.shownAbsolute = shownAbsolute;
    }

    public static MigrationsFolder at(Path dir) {
        return new MigrationsFolder(dir.toAbsolutePath().normalize(), null, false);
    }

    /**
     * The same folder, its files named in messages relative to {@code base}, the directory the printed commands run in (the
     * project's): with -Ddb.out=db/migrations a message said "git checkout -- migrations/0001_x.sql", which fails there.
     */
    public MigrationsFolder shownFrom(Path base) {
        return new MigrationsFolder(dir, base.toAbsolutePath().normalize(), false);
    }

    /**
     * The folder holding {@code m}, its files named in messages as {@code m}'s folder names them (from where mvn runs, or by their
     * absolute path): for code handed migrations, not their folder.
     */
    public static MigrationsFolder holding(Migration m) {
        Path file = m.file().toAbsolutePath().normalize();
        MigrationsFolder folder = at(file.getParent());
        Path shown = Path.of(m.shownFile());
        if (shown.isAbsolute()) return folder.shownAbsolute();
        Path base = file;
        for (int i = 0; i < shown.getNameCount() && base != null; i++) base = base.getParent();
        return base != null && base.resolve(shown).normalize().equals(file) ? folder.shownFrom(base) : folder;
    }

    /** Another folder (db:pull's schema sources, changed as one with {@link FolderEdit}), its files named in messages as this one's are. */
    public MigrationsFolder shownAlike(Path other) {
        Path base = shownFrom != null ? shownFrom : dir.getParent() != null ? dir.getParent() : dir;
        return new MigrationsFolder(other.toAbsolutePath().normalize(), shownAbsolute ? null : base, shownAbsolute);
    }

    /** The same folder, its files named in messages by their absolute path (for a run from a directory unrelated to the project). */
    public MigrationsFolder shownAbsolute() {
        return new MigrationsFolder(dir, null, true);
    }

    public Path dir() {
        return dir;
    }

    public Path metaDir() {
        return dir.resolve("meta");
    }

    public Path journalFile() {
        return metaDir().resolve("_journal.json");
    }

    public Path sqlFile(String tag) {
        return named(dir, tag + ".sql");
    }

    /**
     * {@code parent.resolve(name)}, refusing a name this JVM cannot write as a file name: Java encodes file names in the locale's
     * encoding ({@code sun.jnu.encoding}), so under {@code LANG=C} (a CI container without a locale) a tag such as
     * {@code 0002_größe} cannot be opened at all, and every goal failed on an InvalidPathException.
     */
    private Path named(Path parent, String name) {
        try {
            return parent.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw unreadableName(name);
        }
    }

    /** Whether this JVM reads and writes file names whole: as UTF-8 (the locale's encoding, {@code sun.jnu.encoding}), or on Windows. */
    private static final boolean FILE_NAMES_UTF8 = fileNamesUnicode(System.getProperty("os.name", ""),
            System.getProperty("sun.jnu.encoding", java.nio.charset.Charset.defaultCharset().name()));

    /**
     * Whether file names come to this JVM as written: where the locale's encoding ({@code jnuEncoding}) is UTF-8, and always on
     * Windows, whose file names Java reads and writes as UTF-16 (its sun.jnu.encoding is the ANSI code page, Cp1252, which names
     * no file there: a 0002_größe.sql was refused as misread under it, though it opened as written).
     */
    static boolean fileNamesUnicode(String osName, String jnuEncoding) {
        return osName.startsWith("Windows") || jnuEncoding.replace("-", "").equalsIgnoreCase("UTF8");
    }

    /** Whether a listed file name may not be the name on disk: undecodable bytes, or letters outside ASCII read in another encoding. */
    static boolean misread(String name, boolean fileNamesUtf8) {
        return name.indexOf('\uFFFD') >= 0 || !fileNamesUtf8 && name.chars().anyMatch(c -> c > 127);
    }

    /** Why a migration's file name cannot be read or opened here, with the way on. */
    private SnapshotException unreadableName(String name) {
        String encoding = System.getProperty("sun.jnu.encoding", java.nio.charset.Charset.defaultCharset().name());
        return new SnapshotException(relative(dir) + " holds a migration whose file name, " + name.replace('\uFFFD', '?') + ", has characters"
                + " this JVM cannot read or write in a file name: Java uses the locale's encoding for file names, here " + encoding
                + " (LANG, LC_ALL and LC_CTYPE are unset, C/POSIX or a single-byte locale), not UTF-8. Run mvn with a UTF-8 locale (LC_ALL=C.UTF-8 mvn ...;"
                + " in a container image, ENV LANG=C.UTF-8), or rename the migration to ASCII on a database that has not applied it."
                + " Read as it is, the file would not be the one the history records under that name. Nothing was done.");
    }

    /** drizzle names the snapshot after the tag's prefix: {@code 0003_foo} -> {@code meta/0003_snapshot.json}. */
    public Path snapshotFile(String tag) {
        int us = tag.indexOf('_');
        String prefix = us < 0 ? tag : tag.substring(0, us);
        return metaDir().resolve(prefix + "_snapshot.json");
    }

    /**
     * Where the hash of a generated migration's SQL is kept: one small file per migration, so two
     * branches never touch the same one; drizzle-kit ignores names starting with "_" in meta/.
     */
    public Path sumFile(String tag) {
        return named(metaDir().resolve("_sums"), tag + ".sha256");
    }

    /** The SQL hash recorded when the migration was generated, or null (drizzle-kit made it, or it is a custom migration). */
    public String readSum(String tag) {
        Path f = sumFile(tag);
        if (!Files.exists(f)) return null;
        return sumFields(f)[0];
    }

    /**
     * The field db:repair adds to a checksum file it re-records after an edit ({@code <hash> when=<n> edited}): the SQL is no longer
     * what db:generate wrote, so what db:generate knows of its own files (they hold no trigger or view it did not write) does not
     * hold for it. Old readers ignore fields they do not know.
     */
    public static final String EDITED = "edited";

    /** Whether the migration's checksum file says db:repair recorded an edit of its SQL ({@link #EDITED}); false without one. */
    public boolean sumRecordsAnEdit(String tag) {
        return sumHas(tag, EDITED);
    }

    /**
     * The field db:repair adds to a checksum file it writes for a migration that had none ({@code <hash> when=<n> stamped}): the SQL
     * as the file was at the repair, not as db:generate wrote it (drizzle-kit's, or one whose checksum file was lost and that may
     * have been edited since it ran elsewhere). Old readers ignore fields they do not know.
     */
    public static final String STAMPED = "stamped";

    /** Whether the migration's checksum file was written by db:repair for a file that had none ({@link #STAMPED}). */
    public boolean sumIsStamped(String tag) {
        return sumHas(tag, STAMPED);
    }

    /**
     * The field db:rebase adds to the checksum file of a migration whose SQL it regenerated ({@code <hash> when=<n>
     * rebased-from=<old tag>@<old when>@<old hash>}): the history row a database that ran the old SQL keeps (its
     * {@code created_at} and hash, or wrangler's file name) is then told as this migration before the rebase, not as another
     * branch's. One field a rebase, kept by the next; old readers ignore fields they do not know.
     */
    public static final String REBASED_FROM = "rebased-from=";

    /** What a migration was before db:rebase regenerated its SQL: its tag, "when" and hash (sha256 of its file, as drizzle records it). */
    public record RebasedFrom(String tag, long when, String hash) {
        public String field() {
            return REBASED_FROM + tag + "@" + when + "@" + hash;
        }

        /** The field's value read back, or null when it is not one (hand-edited). */
        public static RebasedFrom parse(String field) {
            if (!field.startsWith(REBASED_FROM)) return null;
            String v = field.substring(REBASED_FROM.length());
            int h = v.lastIndexOf('@');
            int w = h < 0 ? -1 : v.lastIndexOf('@', h - 1);
            if (w <= 0) return null;
            try {
                return new RebasedFrom(v.substring(0, w), Long.parseLong(v.substring(w + 1, h)), v.substring(h + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The row a database that ran the old SQL keeps: drizzle's by created_at and hash, wrangler's by file name. */
        public boolean recordedBy(String name, Long createdAt, String rowHash) {
            if (name != null) return name.equals(tag + ".sql");
            return createdAt != null && createdAt == when && rowHash != null && Checksums.normalized(rowHash).equals(Checksums.normalized(hash));
        }
    }

    /**
     * The field naming the migration's file ({@code <hash> when=<n> ... name=0001_posts.sql}), written last by db:generate,
     * db:rebase and db:repair: wrangler's history ({@code d1_migrations}) records a migration by its file name alone, so one
     * renamed after it was generated, its journal tag and checksum file along, would run again on every database that applied
     * it; db:verify compares the two there. A space, a {@code %} or a control character in the name is written as {@code %XX}
     * (its ASCII code), as the fields are separated by white space. Old readers ignore fields they do not know (they read the hash, the
     * {@code when=}, and the words above), and checksum files without it are left unchecked.
     */
    public static final String NAME = "name=";

    /**
     * The fields db:generate adds to a migration's checksum file for its snapshot ({@code <hash> when=<n> snapshot=<checksum>
     * from=<checksum> name=...}): the checksum of the snapshot it wrote with the SQL, and of the snapshot it diffed from (the latest
     * then; {@link #NO_SNAPSHOT} for none, the first migration). db:verify's comparison of an older snapshot with the replay (the
     * schema read back after each migration and diffed with it, as costly again as the replay on a long history) is left out
     * where both still hold: the snapshot is as db:generate wrote it with this SQL, from a snapshot as it is now, whose own
     * comparison (or record) held. An edit of either snapshot, or a checksum file of another build without them, sends it back to
     * the comparison. db:repair's rename and its restamp of {@code when=} keep them (the SQL and the snapshot file being the same);
     * db:rebase records them anew for the snapshot it writes and the one that snapshot now follows. Line ends and a byte order mark do not count, as for
     * the SQL. Old readers ignore fields they do not know.
     * <p>
     * The checksum is 64 bits, CRC-32C then CRC-32 of the text ({@link #snapshotSum}), not a SHA-256: it tells an edit from the file as
     * written, which is all it is for (a checksum file written again by hand is taken at its word whatever its hash, as the SQL's
     * is), and costs 1.4-2.8 ms for an 835 KB snapshot where SHA-256 took 9 ms in Godwit's daemon (its JIT's quick compiler only)
     * and 35-50 ms in a cold JVM: a db:generate writes two of these, a db:verify reads one per migration.
     */
    public static final String SNAPSHOT = "snapshot=";

    /** See {@link #SNAPSHOT}. */
    public static final String FROM = "from=";

    /** The {@link #FROM} value of a migration db:generate diffed from no snapshot (the empty schema). */
    public static final String NO_SNAPSHOT = "none";

    /** A snapshot's checksum, as {@link #SNAPSHOT} records it: of its text without a byte order mark, with LF line ends. */
    public static String snapshotSum(String json) {
        if (json.startsWith("\uFEFF")) json = json.substring(1);
        return crcs((json.indexOf('\r') < 0 ? json : json.replace("\r\n", "\n")).getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #snapshotSum} of the snapshot file, or null where it is missing or cannot be read. */
    public static String snapshotSumOf(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        boolean plain = !(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF);
        for (int i = 0; plain && i < bytes.length; i++) if (bytes[i] == '\r') plain = false;
        return plain ? crcs(bytes) : snapshotSum(new String(bytes, StandardCharsets.UTF_8));   // as is: no 1 MB text made only to be summed
    }

    private static String crcs(byte[] bytes) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes);
        return Long.toHexString(1L << 32 | c.getValue()).substring(1) + Long.toHexString(1L << 32 | d.getValue()).substring(1);
    }

    /** The {@link #SNAPSHOT} and {@link #FROM} fields, with a space before each, for a checksum file db:generate writes. */
    public static String snapshotFields(String snapshotSum, String fromSum) {
        return " " + SNAPSHOT + snapshotSum + " " + FROM + (fromSum == null ? NO_SNAPSHOT : fromSum);
    }

    /**
     * The {@link #SNAPSHOT} and {@link #FROM} values the migration's checksum file records, or null: no such file, one of another
     * migration with this tag, one without both fields, or one db:repair marked ({@link #EDITED}, {@link #STAMPED}).
     */
    public String[] recordedSnapshot(JournalEntry entry) {
        Path f = sumFile(entry.tag());
        if (!Files.exists(f)) return null;
        String[] fields = sumFields(f);
        if (sumFor(fields, entry.when()) == null) return null;   // another migration's, as readSum takes it
        for (int i = 1; i < fields.length; i++) {
            if (fields[i].equals(EDITED) || fields[i].equals(STAMPED)) return null;
        }
        return recordedSnapshot(fields);
    }

    /** The {@link #SNAPSHOT} and {@link #FROM} values among a checksum file's {@code fields}, or null where it has not both. */
    public static String[] recordedSnapshot(String[] fields) {
        String snapshot = null;
        String from = null;
        for (int i = 1; i < fields.length; i++) {
            if (fields[i].startsWith(SNAPSHOT)) snapshot = fields[i].substring(SNAPSHOT.length());
            if (fields[i].startsWith(FROM)) from = fields[i].substring(FROM.length());
        }
        return snapshot == null || from == null ? null : new String[] {snapshot, from};
    }

    /**
     * The field db:repair adds to the checksum file of a squash's baseline for each trigger the database it repaired has and no
     * migration of the folder creates ({@code squash-lost-trigger=users_touch}, escaped as {@link #NAME}): the squashed custom
     * migrations made it, and the baseline, generated from the schema code, does not. db:verify -Ddb.drift names such a trigger
     * as the squash's loss, not as one made outside the migrations. Old readers ignore fields they do not know.
     */
    public static final String SQUASH_LOST_TRIGGER = "squash-lost-trigger=";

    /** The {@link #SQUASH_LOST_TRIGGER} field for trigger {@code name}, with a space before it. */
    public static String squashLostTriggerField(String name) {
        return " " + SQUASH_LOST_TRIGGER + nameField(name).substring(1 + NAME.length());
    }

    /** The trigger names a checksum file's {@link #SQUASH_LOST_TRIGGER} fields record, in their order. */
    public static List<String> squashLostTriggers(String[] fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            if (f.startsWith(SQUASH_LOST_TRIGGER)) out.add(recordedName(new String[] {NAME + f.substring(SQUASH_LOST_TRIGGER.length())}));
        }
        return out;
    }

    /**
     * A checksum file's text: its {@code fields} with a {@link #SQUASH_LOST_TRIGGER} field for each of {@code triggers} added, the
     * {@link #NAME} field kept last (db:repair and db:rebase recording a squash's loss).
     */
    public static String withSquashLostTriggers(String[] fields, List<String> triggers) {
        StringBuilder text = new StringBuilder(fields[0]);
        for (int i = 1; i < fields.length; i++) if (!fields[i].startsWith(NAME)) text.append(' ').append(fields[i]);
        for (String n : triggers) text.append(squashLostTriggerField(n));
        String name = recordedName(fields);
        if (name != null) text.append(nameField(name));
        return text.append('\n').toString();
    }

    /** Those fields of a checksum file, each with a space before it, kept when db:repair writes the file again. */
    public static String squashLostTriggerFields(String[] fields) {
        StringBuilder out = new StringBuilder();
        for (String name : squashLostTriggers(fields)) out.append(squashLostTriggerField(name));
        return out.toString();
    }

    /**
     * Each trigger a squash lost, as the checksum files of {@code migrations} record it ({@link #SQUASH_LOST_TRIGGER}), keyed as
     * SQLite compares names, to the tag of the baseline whose file records it. Empty where none does (or a file cannot be read).
     */
    public Map<String, String> squashLostTriggers(List<Migration> migrations) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Migration m : migrations) {
            Path f = sumFile(m.tag());
            if (!Files.isRegularFile(f)) continue;
            try {
                for (String name : squashLostTriggers(sumFields(f))) out.putIfAbsent(dev.godwit.schema.model.SqliteNames.key(name), m.tag());
            } catch (RuntimeException unreadable) {
                // db:verify names an unreadable checksum file itself
            }
        }
        return out;
    }

    /** The {@link #NAME} field for a migration whose file is {@code fileName}, with a space before it. */
    public static String nameField(String fileName) {
        StringBuilder out = new StringBuilder(" ").append(NAME);
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            // only ASCII characters are escaped, so one %XX is one character; letters outside ASCII are kept as written (UTF-8)
            if (c <= ' ' || c == '%' || c == 0x7f) out.append('%').append(String.format("%02X", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    /** The file name a checksum file's fields record ({@link #NAME}), or null where they have none. */
    public static String recordedName(String[] fields) {
        String name = null;
        for (String f : fields) if (f.startsWith(NAME)) name = f.substring(NAME.length());
        if (name == null) return null;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%' && i + 2 < name.length() && isHex(name.charAt(i + 1)) && isHex(name.charAt(i + 2))) {
                out.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    /** The file name the migration's checksum file records ({@link #NAME}), or null: no such file, or one without the field. */
    public String recordedName(String tag) {
        Path f = sumFile(tag);
        if (!Files.exists(f)) return null;
        return recordedName(sumFields(f));
    }

    /** The {@link #REBASED_FROM} fields of the migration's checksum file, oldest first; empty without one. */
    public List<RebasedFrom> rebasedFrom(String tag) {
        Path f = sumFile(tag);
        if (!Files.exists(f)) return List.of();
        return rebasedFromFields(sumFields(f));
    }

    /** The same, of a checksum file's fields. */
    public static List<RebasedFrom> rebasedFromFields(String[] fields) {
        List<RebasedFrom> out = new ArrayList<>();
        for (String f : fields) {
            RebasedFrom r = RebasedFrom.parse(f);
            if (r != null) out.add(r);
        }
        return out;
    }

    private boolean sumHas(String tag, String field) {
        Path f = sumFile(tag);
        return Files.exists(f) && java.util.Arrays.asList(sumFields(f)).contains(field);
    }

    /**
     * The white-space separated fields of a checksum file ({@code <hash> when=<n>}). A byte order mark and CRLF line ends
     * (a Windows editor's save) are not part of them: read as text, the hash would differ and the migration look edited.
     */
    public String[] sumFields(Path f) {
        return sumFields(read(f));
    }

    /** The same for a checksum file's text (one side of a conflicted one, say). */
    public static String[] sumFields(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.strip().split("\\s+");
    }

    /**
     * The hash recorded for this journal entry, or null: a sum file written for another migration with the same tag (its
     * {@code when=} differs, e.g. left behind by {@code drizzle-kit drop}) does not belong to this one. Files from before
     * sums carried {@code when=} are taken as they are.
     */
    public String readSum(JournalEntry entry) {
        Path f = sumFile(entry.tag());
        if (!Files.exists(f)) return null;
        return sumFor(sumFields(f), entry.when());
    }

    /** Whether the entry's checksum file records its "when" as the journal has it ({@code when=}): db:generate wrote both so. */
    public boolean sumRecordsWhen(JournalEntry entry) {
        try {
            return sumHas(entry.tag(), "when=" + entry.when());
        } catch (RuntimeException e) {
            return false;   // an unreadable one is reported where it is read
        }
    }

    /** As {@link #readSum(JournalEntry)}, of a checksum file's fields read already, for the migration of "when" {@code when}. */
    public static String sumFor(String[] fields, long when) {
        for (int i = 1; i < fields.length; i++) {
            if (fields[i].startsWith("when=") && !fields[i].equals("when=" + when)) return null;
        }
        return fields[0];
    }

    /**
     * Sum files that belong to no migration of the journal (no entry with that tag, or one with another {@code when}),
     * with the entry of that tag when there is one. A sum left so is a journal changed after the migration was generated
     * (or a drizzle-kit {@code drop}): {@code db:verify} reports it, {@code db:generate} removes it.
     */
    public java.util.Map<Path, JournalEntry> staleSums() {
        Path sums = metaDir().resolve("_sums");
        java.util.Map<Path, JournalEntry> stale = new java.util.LinkedHashMap<>();
        if (!Files.isDirectory(sums)) return stale;
        java.util.Map<String, JournalEntry> byTag = new java.util.HashMap<>();
        for (JournalEntry e : readJournal().entries()) byTag.put(e.tag(), e);
        try (Stream<Path> s = Files.list(sums)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".sha256")).sorted().toList()) {
                JournalEntry e = byTag.get(f.getFileName().toString().replaceFirst("\\.sha256$", ""));
                if (e == null || readSum(e) == null) stale.put(f, e);
            }
        } catch (IOException e) {
            throw new SnapshotException("cannot list " + relative(sums) + ": " + e.getMessage(), e);
        }
        return stale;
    }

    /**
     * Deletes sum files that belong to no migration of the journal (no entry with that tag, or one with another
     * {@code when}); returns them. drizzle-kit's {@code drop} removes a migration but not Godwit's sum. As one change
     * ({@link FolderEdit}): a read-only {@code meta/_sums} is named with the way on before anything is deleted, not with Java's
     * words after some of them were.
     */
    public List<Path> deleteStaleSums() {
        List<Path> stale = new ArrayList<>(staleSums().keySet());
        if (stale.isEmpty()) return stale;
        FolderEdit edit = new FolderEdit(this, "db:generate");
        for (Path f : stale) edit.delete(f);
        edit.commit();
        return stale;
    }

    public Journal readJournal() {
        Path f = journalFile();
        if (!Files.exists(f)) {
            requireNoOldLayout();
            return Journal.EMPTY;
        }
        String text = read(f);
        try {
            return Journal.fromJson(JsonText.parseUniqueKeys(text), relative(f), this::snapshotDialect);
        } catch (InvalidJsonException e) {
            if (e.reason().startsWith(JsonReader.DUPLICATE_KEY) && !hasConflictMarkers(text)) {
                // a merge conflict resolved by keeping both sides' lines: JSON readers keep the last value, so the other branch's
                // migration lost its entry, and db:verify named its file as one wrangler made (with the fix for that one)
                throw new SnapshotException(relative(f) + " gives " + e.reason()
                        + " (line " + e.line() + ", column " + e.column() + "): two journal entries were merged into one, as a git conflict"
                        + " resolved by keeping both sides' lines leaves them, and JSON readers (drizzle-kit's and drizzle-orm's too) keep"
                        + " the last value and drop the other migration's without a word. List both branches' entries in full, each as its"
                        + " branch has it (git show <branch>:" + relative(f) + "), or put the conflict back while the merge is not committed"
                        + " (git checkout -m -- " + relative(f) + "), then run mvn db:rebase, which moves one branch's migrations after the"
                        + " other's." + unionAdvice() + " Nothing was done.");
            }
            if (hasConflictMarkers(text)) {
                // mid-merge: restoring the file would throw the merge away
                throw new SnapshotException(relative(f) + " has git conflict markers: two branches each generated migrations. Run mvn"
                        + " db:rebase: it keeps the target branch's migrations and moves the others after them, renumbered, with their SQL"
                        + " regenerated. Nothing was done.");   // not chained: Maven would print the parser's "unexpected '<'" after it
            }
            throw SnapshotException.invalidJson(relative(f), e, "");
        }
    }

    /** For the merged-entry refusal: the union merge that made it without a conflict, and would make it again; "" for none. */
    private String unionAdvice() {
        String union = UnionMergeAttribute.near(this);
        return union == null ? "" : " " + union + " has git merge these files so without a conflict, and git checkout -m merge them"
                + " so again (the snapshot both branches wrote too, which then holds neither side): take that line out first, then"
                + " git checkout -m -- " + relative(journalFile()) + " and the shared snapshot.";
    }

    /** Whether the text holds a git conflict marker at the start of a line. */
    public static boolean hasConflictMarkers(String text) {
        return text.startsWith("<<<<<<< ") || text.contains("\n<<<<<<< ");
    }

    /**
     * Refuses a folder in a layout Godwit does not read, with no journal of its own: drizzle-kit's pre-0.21 one (a folder per
     * migration named by its time, {@code 20230101120000/migration.sql}) or drizzle-kit 1.0's ({@code 20260101120000_init/}
     * {@code migration.sql} and a version 7 {@code snapshot.json}, what its {@code up} converts a journal folder to). Read as
     * an empty folder, the migrations in it would be pending nowhere and db:generate would write them all again as 0000. db:up
     * converts drizzle-kit 1.0's layout, and so asks before this.
     */
    public void requireNoOldLayout() {
        if (!Files.isDirectory(dir) || Files.exists(journalFile())) return;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> dirs = s.filter(Files::isDirectory).sorted().toList();
            for (Path p : dirs) {
                if (p.getFileName().toString().matches("\\d{14}")) {
                    throw new SnapshotException(relative(dir) + " uses drizzle-kit's pre-0.21 layout (one folder per migration: "
                            + relative(p) + "/migration.sql); run `drizzle-kit up` once to convert it");
                }
            }
            for (Path p : dirs) {
                if (p.getFileName().toString().matches("\\d{14}_.+") && Files.isRegularFile(p.resolve("migration.sql"))) {
                    throw new SnapshotException(relative(dir) + " uses drizzle-kit 1.0's layout (one folder per migration: " + relative(p)
                            + "/migration.sql, no meta/_journal.json), which Godwit does not read as it is: it reads drizzle-kit 0.21 to"
                            + " 0.31's (tag.sql, meta/_journal.json, meta/*_snapshot.json), and would take this folder for one with no"
                            + " migrations. To switch to Godwit, run mvn db:up once: it converts the folder to that layout, each migration's"
                            + " SQL byte for byte under its folder's name, so the databases drizzle-orm 1.0's migrate() migrated show them"
                            + " applied. drizzle-orm 1.0's migrate() does not read the converted folder: the application applies it with"
                            + " godwit-runtime instead. Nothing was done.");
                }
            }
        } catch (IOException e) {
            throw new SnapshotException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Subfolders holding a {@code migration.sql}, named as drizzle-kit 1.0 (or before 0.21) names a migration's folder
     * ({@code 20260510145319_name/}, {@code 20230101120000/}), as {@code name/migration.sql}, in name order: in a folder that
     * also has a journal they are migrations nothing lists. Empty without a journal (that layout is refused as a whole).
     */
    public List<String> migrationFoldersBesideJournal() {
        if (!Files.isDirectory(dir) || !Files.exists(journalFile())) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("\\d{14}(_.+)?")
                            && Files.isRegularFile(p.resolve("migration.sql")))
                    .map(p -> p.getFileName() + "/migration.sql").sorted().toList();
        } catch (IOException e) {
            throw new SnapshotException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Snapshot files as drizzle-kit finds them: every file in meta/ not starting with "_", sorted by name. */
    public List<Path> snapshotFiles() {
        Path meta = metaDir();
        if (!Files.isDirectory(meta)) return List.of();
        try (Stream<Path> s = Files.list(meta)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith("_") && n.endsWith(".json") && Files.isRegularFile(p);
            }).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new SnapshotException("cannot list " + meta + ": " + e.getMessage(), e);
        }
    }

    public Snapshot readSnapshot(Path file) {
        return parsedSnapshot(file, read(file));
    }

    /** A snapshot with the text it was parsed from, as read once. */
    public record ReadSnapshot(Snapshot snapshot, String text) {
    }

    /** The top-level {@code "dialect"} of the snapshot of the migration tagged so, or null where it has none or it cannot be read. */
    public String snapshotDialect(String tag) {
        Path file = snapshotFile(tag);
        if (!Files.isRegularFile(file)) return null;
        try {
            return JsonReader.topLevelStrings(read(file)).get("dialect");
        } catch (InvalidJsonException | SnapshotException unreadable) {
            return null;
        }
    }

    /**
     * The latest snapshot as {@link #latestSnapshot} reads it, with its text: what db:generate diffs from, whose checksum it records
     * ({@link #FROM}) from that text, not from the file read again (an edit in between would be recorded as what it diffed from).
     */
    public Optional<ReadSnapshot> latestSnapshotRead() {
        Path file = latestSnapshotFile();
        if (file == null) return Optional.empty();
        String text = read(file);
        return Optional.of(new ReadSnapshot(parsedSnapshot(file, text), text));
    }

    private Snapshot parsedSnapshot(Path file, String text) {
        CachedSnapshot cached = parsedSnapshots.get(file);
        if (cached != null && cached.text().equals(text)) return cached.snapshot();
        try {
            Snapshot s = SnapshotCodec.fromJson(JsonText.parse(text), relative(file));
            parsedSnapshots.put(file, new CachedSnapshot(text, s));
            return s;
        } catch (InvalidJsonException e) {
            throw SnapshotException.invalidJson(relative(file), e, "");
        }
    }

    /** A snapshot parsed once per command: the folder check and the diff both need the latest. Keyed by text, so an edit is never missed. */
    private record CachedSnapshot(String text, Snapshot snapshot) {
    }

    private final Map<Path, CachedSnapshot> parsedSnapshots = new ConcurrentHashMap<>();

    /**
     * Whether {@code after}'s snapshot follows {@code before}'s (its prevId is their id); null where that cannot be told: a snapshot
     * missing (a data-only or wrangler migration), one file for both (a same-number pair of a merge: FolderCheck names it), or
     * unreadable (db:verify names it).
     */
    public Boolean snapshotsLinked(String beforeTag, String afterTag) {
        Path was = snapshotFile(beforeTag);
        Path is = snapshotFile(afterTag);
        if (was.equals(is) || !Files.exists(was) || !Files.exists(is)) return null;
        try {
            return readSnapshotLink(is).prevId().equals(readSnapshotLink(was).id());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * A snapshot's id and prevId, with the file checked to be JSON but not turned into a schema: what
     * the folder check needs of every snapshot but the latest, at a fraction of the cost. Snapshots
     * that are not plainly version 6 SQLite ones are read whole, for read's precise error.
     */
    public SnapshotLink readSnapshotLink(Path file) {
        String text = read(file);
        Map<String, String> top;
        try {
            top = JsonReader.topLevelStrings(text);
        } catch (InvalidJsonException e) {
            throw SnapshotException.invalidJson(relative(file), e, "");
        }
        if (!"6".equals(top.get("version")) || !"sqlite".equals(top.get("dialect")) || top.get("id") == null || top.get("prevId") == null) {
            Snapshot s = readSnapshot(file);
            return new SnapshotLink(s.id(), s.prevId());
        }
        return new SnapshotLink(top.get("id"), top.get("prevId"));
    }

    /** Where a snapshot sits in the chain. */
    public record SnapshotLink(String id, String prevId) {
    }

    /**
     * The snapshot file that records the schema after the journal's {@code tag}: its own, or, for an entry without one (a
     * migration that only writes rows, which {@link FolderCheck} lets go without), the nearest earlier entry's. Its own
     * path when no entry up to it has one, so the message names the file that is missing.
     */
    public Path schemaSnapshotFile(String tag) {
        Path own = snapshotFile(tag);
        if (Files.exists(own)) return own;
        List<JournalEntry> entries = readJournal().entries();
        int at = -1;
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).tag().equals(tag)) at = i;
        for (int i = at - 1; i >= 0; i--) {
            Path earlier = snapshotFile(entries.get(i).tag());
            if (Files.exists(earlier)) return earlier;
        }
        return own;
    }

    /**
     * The snapshot the next migration is diffed against: the journal's last migration's, which is the last one by file name (as
     * drizzle-kit picks it) in a folder named in one style. Not where a {@code 0004_bio} follows migrations named by times
     * (drizzle-kit run without the config's {@code migrations.prefix}, or one before 0.24, which has no such setting): its snapshot
     * sorts first, and diffed from the last by name, an older one, 0004's changes were written again.
     */
    public Optional<Snapshot> latestSnapshot() {
        return Optional.ofNullable(latestSnapshotFile()).map(this::readSnapshot);
    }

    /** The file {@link #latestSnapshot} reads, or null where there is none. */
    public Path latestSnapshotFile() {
        List<Path> files = snapshotFiles();
        if (files.isEmpty()) return null;
        try {
            return latestSnapshotFile(readJournal().entries(), files);
        } catch (SnapshotException unreadable) {
            return files.get(files.size() - 1);   // the folder check reports the journal; this is read only past it
        }
    }

    /** The same, for a caller holding the journal's entries and the snapshot files already (the folder check). */
    public Path latestSnapshotFile(List<JournalEntry> entries, List<Path> files) {
        if (files.isEmpty()) return null;
        // the last entry with a snapshot: one that only writes rows may have none (see schemaSnapshotFile)
        for (int i = entries.size() - 1; i >= 0; i--) {
            Path own = snapshotFile(entries.get(i).tag());
            if (files.contains(own)) return own;
        }
        return files.get(files.size() - 1);
    }

    /** The journal's migrations with their SQL text, in journal order. */
    public List<Migration> migrations() {
        List<Migration> out = new ArrayList<>();
        String before = "";   // no migration before the first
        for (JournalEntry e : readJournal().entries()) {
            Path f = sqlFile(e.tag());
            if (!Files.exists(f)) {
                throw new SnapshotException("the journal lists " + e.tag() + " but " + relative(f) + " does not exist; " + missingSqlWayOn(e.tag()));
            }
            Migration m = new Migration(e, f, read(f), relative(f));
            m.tagBefore = before;
            out.add(m);
            before = e.tag();
        }
        return out;
    }

    /**
     * What to do about the journal entry {@code tag} whose {@code .sql} file is gone. The latest migration may be dropped
     * ({@code db:drop}, drizzle-kit's {@code drop}); one with migrations after it only comes back from version control: naming
     * {@code db:drop -Ddb.name=} there sent the user to a goal that refuses it (later migrations build on it, or it ran there) and
     * to a hand edit of the journal that leaves a database which ran it with schema no migration holds.
     */
    public String missingSqlWayOn(String tag) {
        List<JournalEntry> entries = readJournal().entries();
        boolean latest = !entries.isEmpty() && entries.get(entries.size() - 1).tag().equals(tag);
        String path = relative(sqlFile(tag));
        if (latest) {
            return "restore the file from version control, or remove the entry from " + relative(journalFile()) + " (mvn db:drop "
                    + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.name=" + tag) + ")";
        }
        int after = 0;
        for (int i = entries.size() - 1; i >= 0 && !entries.get(i).tag().equals(tag); i--) after++;
        return "restore the file from version control (git log --diff-filter=D --oneline -- " + path + " names the commit that deleted it;"
                + " git checkout <that commit>^ -- " + path + " brings it back). " + after + " later migration(s) follow it, so removing its entry"
                + " instead would leave them, and every database that ran it, with changes no migration holds";
    }

    /** The tags of the journal's entries whose {@code .sql} file is not in the folder (deleted by hand, lost in a merge), in journal order. */
    public List<String> tagsWithoutSqlFile() {
        List<String> out = new ArrayList<>();
        for (JournalEntry e : readJournal().entries()) if (!Files.exists(sqlFile(e.tag()))) out.add(e.tag());
        return out;
    }

    /** The journal's migrations with those of {@code tags} taken as holding no SQL, their files not read (db:status shows them, marked). */
    public List<Migration> migrationsWithoutReading(java.util.Collection<String> tags) {
        List<Migration> out = new ArrayList<>();
        for (JournalEntry e : readJournal().entries()) out.add(new Migration(e, sqlFile(e.tag()), tags.contains(e.tag()) ? "" : read(sqlFile(e.tag())), relative(sqlFile(e.tag()))));
        return out;
    }

    /** The journal's migrations with {@code tag}'s taken as holding no SQL, its file not read (db:drop, after a hand deletion of it). */
    public List<Migration> migrationsWithoutReading(String tag) {
        List<Migration> out = new ArrayList<>();
        for (JournalEntry e : readJournal().entries()) out.add(new Migration(e, sqlFile(e.tag()), e.tag().equals(tag) ? "" : read(sqlFile(e.tag())), relative(sqlFile(e.tag()))));
        return out;
    }

    /**
     * Whether wrangler lists {@code f} as a migration: a {@code .sql} file not starting with a dot (minimatch's {@code *.sql} leaves
     * dot files out: macOS's {@code ._0001_x.sql}, a hidden draft), itself a file, not a link to one (wrangler keeps the directory
     * entries whose Dirent isFile, false for a symbolic link). helpers.ts listFilesRelative and getMigrationNames.
     */
    public static boolean isMigrationFile(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".sql") && !n.startsWith(".") && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** Every {@code .sql} file directly in the folder that wrangler lists ({@link #isMigrationFile}), sorted by name. */
    public List<Path> sqlFiles() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(MigrationsFolder::isMigrationFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
            for (Path f : files) {
                // bytes the file-name encoding cannot decode come back as U+FFFD; under a single-byte locale (ISO-8859-1) a UTF-8 name
                // decodes without one, as other letters (größe as grÃ¶ÃŸe): either way no name wrangler's history records
                String n = f.getFileName().toString();
                if (misread(n, FILE_NAMES_UTF8)) throw unreadableName(n);
            }
            return files;
        } catch (IOException e) {
            throw new SnapshotException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The {@code .sql} files the journal does not list (e.g. made by {@code wrangler d1 migrations create}), by name. */
    public List<Path> sqlFilesWithoutJournalEntry() {
        return sqlFilesWithoutJournalEntry(readJournal().entries());
    }

    /** As {@link #sqlFilesWithoutJournalEntry()}, with the journal's {@code entries} as the caller read them. */
    public List<Path> sqlFilesWithoutJournalEntry(List<JournalEntry> entries) {
        java.util.Set<String> tags = new java.util.HashSet<>();
        for (JournalEntry e : entries) tags.add(e.tag());
        return sqlFiles().stream().filter(f -> !tags.contains(stem(f))).toList();
    }

    /**
     * Every migration as wrangler applies them: each {@code .sql} file in wrangler's order ({@link #WRANGLER_ORDER}), journal
     * entry or not (a file without one gets an entry with index -1 and {@code when} 0), its statements as wrangler reads them
     * ({@link Migration#asWranglerRuns}). The journal's entries must still have their files.
     */
    public List<Migration> migrationsInNameOrder() {
        java.util.Map<String, Migration> listed = new java.util.HashMap<>();
        for (Migration m : migrations()) listed.put(m.tag(), m);
        List<Migration> out = new ArrayList<>();
        List<Path> files = new ArrayList<>(sqlFiles());
        files.sort((a, b) -> WRANGLER_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()));
        for (Path f : files) {
            Migration m = listed.get(stem(f));
            out.add((m != null ? m : new Migration(new JournalEntry(-1, null, 0L, stem(f), true), f, read(f), relative(f))).asWranglerRuns());
        }
        return out;
    }

    /**
     * wrangler's order of migration files (compareMigrationPaths): by the number the name starts with (the digits before the
     * first {@code _}), so {@code 2_b.sql} comes before {@code 10_c.sql}; names without one after those with one; equal
     * numbers by name.
     */
    public static final java.util.Comparator<String> WRANGLER_ORDER = (a, b) -> {
        java.math.BigInteger x = leadingNumber(a);
        java.math.BigInteger y = leadingNumber(b);
        if (x != null && y != null && !x.equals(y)) return x.compareTo(y);
        if (x != null && y == null) return -1;
        if (x == null && y != null) return 1;
        return a.compareTo(b);
    };

    private static java.math.BigInteger leadingNumber(String name) {
        int us = name.indexOf('_');
        String first = us < 0 ? name : name.substring(0, us);
        int n = 0;
        while (n < first.length() && first.charAt(n) >= '0' && first.charAt(n) <= '9') n++;
        return n == 0 ? null : new java.math.BigInteger(first.substring(0, n));
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.substring(0, n.length() - ".sql".length());
    }

    /**
     * Writes one new migration: SQL file, snapshot ({@link SnapshotCodec#render}), checksum file and the journal, as one
     * {@link FolderEdit}: all of them or none, also when the build is killed between two files.
     *
     * @param sum the SQL's checksum for db:verify ({@link #sqlSum}), asked for before anything is written (it may be computed
     *     meanwhile); null for a custom migration, which has none
     * @param snapshotFields what the checksum file also records of the snapshot ({@link #snapshotFields}); null: none
     * @param stale checksum files {@link #staleSums} names, deleted in the same change; one of them may be rewritten
     * @param goal the goal writing it ({@code db:pull} for its baseline): named in the change's record and in what a failed write says
     * @return the files written (the journal last)
     */
    public List<Path> writeMigration(JournalEntry entry, String sql, String snapshotJson, Journal updated, java.util.function.Supplier<String> sum,
            String snapshotFields, List<Path> stale, String goal) {
        return writeMigration(entry, sql, snapshotJson, updated, sum, snapshotFields, stale, Map.of(), goal);
    }

    /**
     * As above, also writing {@code also} (file to content) in the same change: a custom migration's snapshot recording what it
     * makes. With {@code entry} null there is no migration to write (nor SQL, snapshot, checksum or journal): {@code also} and
     * {@code stale} alone are the change.
     */
    public List<Path> writeMigration(JournalEntry entry, String sql, String snapshotJson, Journal updated, java.util.function.Supplier<String> sum,
            String snapshotFields, List<Path> stale, Map<Path, String> also, String goal) {
        if (entry != null) {
            for (Path p : List.of(sqlFile(entry.tag()), snapshotFile(entry.tag()))) {
                if (Files.exists(p)) {
                    throw new SnapshotException(relative(p) + " already exists; the journal and the files disagree. Run mvn db:verify to see how");
                }
            }
        }
        // one change (FolderEdit): stopped after the SQL file alone, the folder held a .sql without snapshot or checksum, which
        // every goal took for one wrangler's migrations create wrote
        FolderEdit edit = new FolderEdit(this, goal);
        for (Path p : stale) edit.delete(p);
        also.forEach(edit::write);
        if (entry != null) {
            edit.write(sqlFile(entry.tag()), sql);
            edit.write(snapshotFile(entry.tag()), snapshotJson);
            if (sum != null) {
                edit.write(sumFile(entry.tag()), sum.get() + " when=" + entry.when() + (snapshotFields == null ? "" : snapshotFields)
                        + nameField(entry.tag() + ".sql") + "\n");
            }
            edit.write(journalFile(), updated.toJsonText());
        }
        edit.commit();
        return edit.written();
    }

    /** What a generated migration's checksum file records of its SQL: the SHA-256 of its text with LF line ends. */
    public static String sqlSum(String sql) {
        return Checksums.sha256Hex(sql.replace("\r\n", "\n"));
    }

    /**
     * A path for messages: relative to the directory given to {@link #shownFrom}, else to the folder's parent
     * ({@code drizzle/meta/0001_snapshot.json}).
     */
    public String relative(Path p) {
        if (shownAbsolute) return p.toAbsolutePath().normalize().toString();
        Path base = shownFrom != null ? shownFrom : dir.getParent() != null ? dir.getParent() : dir;
        try {
            return base.relativize(p.toAbsolutePath().normalize()).toString();
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    private String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SnapshotException(relative(f) + " does not exist", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            if (startsWithUtf16Mark(f)) {
                // what Windows PowerShell 5's > and Out-File write
                throw new SnapshotException(relative(f) + " is UTF-16 text (it starts with a UTF-16 byte order mark, as Windows PowerShell's > and"
                        + " Out-File write files). Migrations are read as UTF-8, as drizzle-kit and wrangler read them: save the file as UTF-8"
                        + " (iconv -f utf-16 -t utf-8, Out-File -Encoding utf8, or your editor's encoding setting)", e);
            }
            throw new SnapshotException(relative(f) + " is not UTF-8 text" + firstBadByte(f) + ". Migrations are read as UTF-8, as drizzle-kit and"
                    + " wrangler read them: save the file as UTF-8 (iconv -f latin1 -t utf-8, or your editor's encoding setting)", e);
        } catch (IOException e) {
            throw new SnapshotException("cannot read " + relative(f) + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsWithUtf16Mark(Path f) {
        try (java.io.InputStream in = Files.newInputStream(f)) {
            int a = in.read();
            int b = in.read();
            return a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where a file stops being UTF-8: {@code  (byte 0xE9 at line 3, column 12)}, or "" when that cannot be told. */
    private static String firstBadByte(Path f) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
            java.nio.charset.CoderResult r = d.decode(in, out, true);
            if (!r.isError()) return "";
            int at = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            return String.format(" (byte 0x%02X at line %d, column %d)", bytes[at] & 0xff, line, column);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
