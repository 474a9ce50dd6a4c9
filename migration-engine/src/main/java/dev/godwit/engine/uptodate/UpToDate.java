package dev.godwit.engine.uptodate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Remembers that a check passed for one state of its inputs, as a build tool's up-to-date check
 * does: a record file holding every input file's path, size and modification time (the schema's
 * classes or YAML files, the jars on their class path, the whole migrations folder, the plugin's
 * jars) and the settings, compared as text; only files modified just before being listed (see
 * {@link #RECENT_MS}) are also hashed then, since a rewrite within their time-stamp tick could keep both
 * size and time. While nothing of that changed, the check would
 * find what it found before, so {@code db:verify} and {@code db:generate} can say so without
 * loading the schema or replaying a migration. The record also holds each input file's content hash (jars but), taken when the
 * check passed: a file since rewritten with that content (a recompile, a branch checked out and back) is no change either
 * ({@link ContentHash}, keyed, so a file cannot be made to match). Any other change means a full check.
 */
public final class UpToDate {

    /**
     * The record's content when it matches: when it was written, how many migrations the folder held, and the warnings the
     * check that passed gave (none from a record an older Godwit wrote), to repeat while nothing changes.
     */
    public record Passed(Instant at, int migrations, List<String> warnings, int rewrittenAlike) {

        public Passed {
            warnings = List.copyOf(warnings);
        }

        public Passed(Instant at, int migrations, List<String> warnings) {
            this(at, migrations, warnings, 0);
        }

        public Passed(Instant at, int migrations) {
            this(at, migrations, List.of());
        }

        /**
         * What the log line says after "nothing changed since the check that passed at 19:28:22": nothing, or how many files were
         * rewritten since with the content they were checked with (a recompile, a git checkout back and forth).
         */
        public String rewrittenNote() {
            return rewrittenAlike == 0 ? "" : " (" + rewrittenAlike + (rewrittenAlike == 1 ? " file" : " files") + " rewritten since, with the same content)";
        }

        /** The warnings as shown again on a pass taken from the record: each says it is from that check, not from this run. */
        public List<String> repeatedWarnings() {
            return warnings.stream().map(w -> "From the check that passed at " + localTime() + " (not run again): " + w).toList();
        }

        /** When, as the local wall-clock time to the second (e.g. 19:28:22, and 19:28:00, not LocalTime's 19:28), for a log line. */
        public String localTime() {
            return HOURS_MINUTES_SECONDS.format(java.time.LocalTime.ofInstant(at, java.time.ZoneId.systemDefault()));
        }

        private static final java.time.format.DateTimeFormatter HOURS_MINUTES_SECONDS = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
    }

    /**
     * A file modified this close to when it was listed may be rewritten within the same time-stamp tick, keeping size and time:
     * its content is hashed as well (git's "racily clean" rule). A time on a whole second says the file system may count in
     * seconds (1 s on HFS+ and ext3, 2 s on FAT); other times come from a fine clock (Linux stamps files from a clock that
     * ticks every 1 to 10 ms), so most files are never hashed.
     */
    static final long RECENT_MS = 2_000;
    static final long RECENT_FINE_MS = 100;

    private final Path recordFile;
    private final String settings;
    private final Map<Path, String> listings;   // each input's own, in the order given: one input can be looked at again alone
    private final Map<Path, Map<String, String>> recent;   // per input: its recently modified files (absolute) and their content hash (see {@link ContentHash})
    // the input files' content hashed on a thread of its own while a full check runs (see hashContentAhead), for record()
    private volatile dev.godwit.engine.Background<Map<String, String>> contentAhead;

    private final ContentHash hasher;
    private final Unwritten unwritten;   // shared by the copies (another record file, a folder looked at again): said once a run

    private UpToDate(Path recordFile, String settings, Map<Path, String> listings, Map<Path, Map<String, String>> recent, ContentHash hasher,
                     Unwritten unwritten) {
        this.recordFile = recordFile;
        this.hasher = hasher;
        this.unwritten = unwritten;
        this.settings = settings;
        this.listings = listings;
        this.recent = recent;
    }

    /**
     * Fingerprints {@code inputs} now (files, and directories with everything under them; a missing one counts as missing).
     *
     * @param settings everything else the check's result depends on (schema sources, folder, options, versions)
     */
    public static UpToDate of(Path recordFile, List<Path> inputs, String settings) {
        return of(recordFile, inputs, settings, System.currentTimeMillis());
    }

    /** As {@link #of(Path, List, String)}, saying in {@code log}, once, where the record or its key cannot be written. */
    public static UpToDate of(Path recordFile, List<Path> inputs, String settings, dev.godwit.engine.EngineLog log) {
        return of(recordFile, inputs, settings, System.currentTimeMillis(), new Unwritten(log));
    }

    /** As {@link #of(Path, List, String)}, listed as if it were {@code now} (ms): which files count as just modified. */
    static UpToDate of(Path recordFile, List<Path> inputs, String settings, long now) {
        return of(recordFile, inputs, settings, now, new Unwritten(dev.godwit.engine.EngineLog.SILENT));
    }

    private static UpToDate of(Path recordFile, List<Path> inputs, String settings, long now, Unwritten unwritten) {
        Map<Path, String> listings = new LinkedHashMap<>();
        Map<Path, Map<String, String>> recent = new LinkedHashMap<>();
        ContentHash hasher = new ContentHash(keyFile(recordFile), unwritten);
        for (Path input : inputs) {
            Map<String, String> hashes = new TreeMap<>();
            listings.put(input, listing(input, hashes, now, hasher));
            recent.put(input, hashes);
        }
        return new UpToDate(recordFile, settings, listings, recent, hasher, unwritten);
    }

    /**
     * The same fingerprint with one of its inputs (a folder a command has just written {@code written} into and removed
     * {@code removed} from, as db:generate its migrations folder) looked at again; empty when anything else under it changed
     * since it was first listed (a teammate's migration pulled in, another run writing there), or its own changes are not all
     * there: that state was never checked, so it must not be recorded.
     */
    public Optional<UpToDate> relistedAfterWriting(Path input, Collection<Path> written, Collection<Path> removed) {
        Map<String, String> hashesNow = new TreeMap<>();
        String after = listing(input, hashesNow, System.currentTimeMillis(), hasher);
        Map<String, String> was = entries(listings.get(input));
        Map<String, String> is = entries(after);
        if (was == null || is == null) return Optional.empty();
        Path root = input.toAbsolutePath().normalize();
        Set<String> mine = new HashSet<>();
        for (Path w : written) mine.add(nameUnder(root, w));
        Set<String> gone = new HashSet<>();
        for (Path r : removed) gone.add(nameUnder(root, r));
        Set<String> names = new HashSet<>(was.keySet());
        names.addAll(is.keySet());
        for (String name : names) {
            if (!Objects.equals(was.get(name), is.get(name)) && !mine.contains(name) && !gone.contains(name)) return Optional.empty();
        }
        if (!is.keySet().containsAll(mine)) return Optional.empty();   // one of its own files gone again meanwhile
        for (String name : gone) if (is.containsKey(name)) return Optional.empty();   // or one it removed back
        // Files it did not touch keep the hashes they were listed with, and must still have that content; its own get new ones.
        Map<String, String> hashes = new TreeMap<>();
        for (var e : recent.getOrDefault(input, Map.of()).entrySet()) {
            String name = nameUnder(root, Path.of(e.getKey()));
            if (mine.contains(name) || gone.contains(name)) continue;
            if (!e.getValue().equals(hasher.of(new File(e.getKey())))) return Optional.empty();
            hashes.put(e.getKey(), e.getValue());
        }
        hashesNow.forEach((file, hash) -> {
            if (mine.contains(nameUnder(root, Path.of(file)))) hashes.put(file, hash);
        });
        Map<Path, String> again = new LinkedHashMap<>(listings);
        again.replace(input, after);
        Map<Path, Map<String, String>> recentAgain = new LinkedHashMap<>(recent);
        recentAgain.replace(input, hashes);
        UpToDate relisted = new UpToDate(recordFile, settings, again, recentAgain, hasher, unwritten);
        relisted.contentAhead = contentAhead;   // its hashes are taken only for files still as they were hashed
        return Optional.of(relisted);
    }

    /** A file's name in a listing of {@code root}: its path under it, with '/'. */
    private static String nameUnder(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A listing's files, each with its "size TAB time"; null for an unreadable one (nothing can be concluded from it). */
    private static Map<String, String> entries(String listing) {
        Map<String, String> out = new HashMap<>();
        if (listing == null || listing.startsWith("unreadable")) return null;
        if (listing.equals("missing\n") || listing.isEmpty()) return out;   // missing, or a folder with no file in it
        for (String line : listing.split("\n")) {
            int time = line.lastIndexOf('\t');
            int size = time <= 0 ? -1 : line.lastIndexOf('\t', time - 1);
            if (size < 0) return null;
            out.put(line.substring(0, size), line.substring(size + 1));
        }
        return out;
    }

    /**
     * A fingerprint of some of the inputs only (the schema's, say, without the migrations folder) and {@code settings}, or empty
     * if one of them was not fingerprinted here.
     */
    public Optional<String> fingerprintOf(List<Path> some, String settings) {
        StringBuilder sb = new StringBuilder("settings\t").append(settings).append('\n');
        for (Path input : some) {
            String listing = listings.get(input);
            if (listing == null) return Optional.empty();
            sb.append("input\t").append(input.toAbsolutePath().normalize()).append('\n').append(listing);
        }
        return Optional.of(sb.toString());
    }

    /**
     * As {@link #fingerprintOf}, with the hashes of those inputs' just-modified files: a key for what was loaded from them (the
     * Maven daemon's schema), which a rewrite keeping size and time must not match. Not for the record: a file is just modified
     * only for a moment, and the record compares its fingerprint long after.
     */
    public Optional<String> contentKeyOf(List<Path> some, String settings) {
        return fingerprintOf(some, settings).map(key -> {
            StringBuilder sb = new StringBuilder(key);
            for (Path input : some) recent.getOrDefault(input, Map.of()).forEach((f, h) -> sb.append("hash\t").append(f).append('\t').append(h).append('\n'));
            return sb.toString();
        });
    }

    /** The same inputs and settings listed anew (a compile has rewritten some), for the same record; what cannot be written is said once still. */
    public UpToDate listedAgain() {
        return of(recordFile, List.copyOf(listings.keySet()), settings, System.currentTimeMillis(), unwritten);
    }

    /** The same fingerprint against another record file (another check over the same inputs). */
    public UpToDate withRecordFile(Path other) {
        return new UpToDate(other, settings, listings, recent, new ContentHash(keyFile(other), unwritten), unwritten);
    }

    /**
     * The passed check the record file holds for these inputs, if any: their files as they were listed then (size and time), or
     * files since rewritten with the very content they were checked with (a recompile of unchanged sources, a branch switched and
     * back), each told by its size and content hash (see {@link ContentHash}). Jars are compared by size and time only: hashing
     * a whole class path after every check would cost more than it saves, and a jar in the local repository is not rewritten.
     * Where such rewritten files answer, the record is written again with their new times, so the next run needs no hashing.
     */
    public Optional<Passed> passed() {
        String text;
        try {
            text = Files.readString(recordFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();   // unreadable: check in full
        }
        Record r = Record.parse(text);
        if (r == null) return Optional.empty();   // garbled: check in full
        String fingerprint = fingerprint();
        long now = System.currentTimeMillis();
        if (r.fingerprint.equals(fingerprint)) {
            if (!r.recent.isEmpty()) {
                boolean settled = true;
                for (var e : r.recent.entrySet()) {
                    File f = new File(e.getKey());
                    if (!e.getValue().equals(hasher.of(f))) return Optional.empty();
                    settled &= !recent(f.lastModified(), now);
                }
                // Past their tick, any rewrite changes size or time: the hashes need not be read again on every later run.
                if (settled) write(r.withRecent(Map.of()).text());
            }
            return Optional.of(new Passed(r.at, r.migrations, r.warnings));
        }
        int alike = rewrittenAlike(r);
        if (alike <= 0) return Optional.empty();
        // The just-modified files of this listing keep their hashes (from when they were listed), as a full check's record would.
        Map<String, String> recentNow = new TreeMap<>();
        for (Map<String, String> h : recent.values()) recentNow.putAll(h);
        write(new Record(r.at, r.migrations, fingerprint, r.warnings, r.contentLines, recentNow).text());
        return Optional.of(new Passed(r.at, r.migrations, r.warnings, alike));
    }

    /**
     * How many files differ from the record's listing only by their time, each holding the content the record hashed for it;
     * -1 when anything else differs (the settings, an input, a file added, removed, resized or changed, a jar touched).
     */
    private int rewrittenAlike(Record r) {
        String head = "settings\t" + settings + "\n";
        if (!r.fingerprint.startsWith(head)) return -1;
        List<Path> inputs = List.copyOf(listings.keySet());
        int at = head.length();
        Set<String> alike = new HashSet<>();
        Map<String, String> content = null;
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            String header = "input\t" + input.toAbsolutePath().normalize() + "\n";
            if (!r.fingerprint.startsWith(header, at)) return -1;
            int from = at + header.length();
            int to = i + 1 < inputs.size() ? r.fingerprint.indexOf("input\t" + inputs.get(i + 1).toAbsolutePath().normalize() + "\n", from) : r.fingerprint.length();
            if (to < 0) return -1;
            String was = r.fingerprint.substring(from, to);
            String is = listings.get(input);
            at = to;
            if (was.equals(is)) continue;
            Map<String, String> wasEntries = entries(was);
            Map<String, String> isEntries = entries(is);
            if (wasEntries == null || isEntries == null || !wasEntries.keySet().equals(isEntries.keySet())) return -1;
            File root = input.toAbsolutePath().normalize().toFile();
            Map<String, String> listedHashes = recent.getOrDefault(input, Map.of());
            if (content == null) content = r.content();
            for (var e : isEntries.entrySet()) {
                String before = wasEntries.get(e.getKey());
                if (before.equals(e.getValue())) continue;
                if (!sizeOf(before).equals(sizeOf(e.getValue()))) return -1;
                File f = fileUnder(root, e.getKey());
                String checked = content.get(f.getAbsolutePath());
                if (checked == null) return -1;   // a jar, or a file the check could not hash
                // the content when listed: hashed then if just modified, else now, while its size and time are still the listed ones
                String hash = listedHashes.get(f.getAbsolutePath());
                if (hash == null) hash = hashIfStill(f, e.getValue());
                if (!checked.equals(hash)) return -1;
                alike.add(f.getAbsolutePath());
            }
        }
        if (at != r.fingerprint.length()) return -1;
        // a file just modified when the check was recorded, listed alike now, may have been rewritten within its tick
        for (var e : r.recent.entrySet()) {
            if (!alike.contains(e.getKey()) && !e.getValue().equals(hasher.of(new File(e.getKey())))) return -1;
        }
        return alike.size();
    }

    private static String sizeOf(String sizeTabTime) {
        return sizeTabTime.substring(0, sizeTabTime.indexOf('\t'));
    }

    /** A file of a listing of {@code root} by its name there ("" for an input that is a file itself). */
    private static File fileUnder(File root, String name) {
        return name.isEmpty() ? root : new File(root, name);
    }

    /** The file's content hash, if it still has the size and time {@code sizeTabTime} it was listed with; else null. */
    private String hashIfStill(File f, String sizeTabTime) {
        if (!stat(f).equals(sizeTabTime)) return null;
        String hash = hasher.of(f);
        return stat(f).equals(sizeTabTime) ? hash : null;
    }

    /** The file's size and time as a listing has them: "size TAB time". */
    private static String stat(File f) {
        return f.length() + "\t" + f.lastModified();
    }

    /** Each listed file whose content the record hashes ({@link #hashable}), with its listed "size TAB time", until {@code stopped}. */
    private void forEachHashable(java.util.function.BooleanSupplier stopped, java.util.function.BiConsumer<File, String> action) {
        for (var input : listings.entrySet()) {
            Map<String, String> entries = entries(input.getValue());
            if (entries == null) continue;
            File root = input.getKey().toAbsolutePath().normalize().toFile();
            for (var e : entries.entrySet()) {
                if (stopped.getAsBoolean()) return;
                File f = fileUnder(root, e.getKey());
                if (hashable(f, e.getValue())) action.accept(f, e.getValue());
            }
        }
    }

    /** Records that the check passed for these inputs; a record that cannot be written costs a full check next time, and is said once. */
    public void record(int migrations) {
        record(migrations, List.of());
    }

    /**
     * As {@link #record(int)}, with the warnings the check gave: {@link #passed()} returns them, to be shown again. Every input
     * file but jars is hashed now, where it still has the size and time it was listed with (so the check read that content), for a
     * later run to tell a rewrite with the same content from a change.
     */
    public void record(int migrations, List<String> warnings) {
        Map<String, String> hashes = new TreeMap<>();
        for (Map<String, String> h : recent.values()) hashes.putAll(h);
        var ahead = contentAhead;
        Map<String, String> hashedAhead = ahead == null ? Map.of() : ahead.get();
        Map<String, String> content = new TreeMap<>();
        forEachHashable(() -> false, (f, sizeTabTime) -> {
            String path = f.getAbsolutePath();
            String early = hashedAhead.get(path);   // "size TAB time TAB hash", as the file was when hashed
            String hash = early != null && early.startsWith(sizeTabTime + "\t") && stat(f).equals(sizeTabTime)
                    ? early.substring(sizeTabTime.length() + 1) : hashIfStill(f, sizeTabTime);
            String listed = hashes.get(path);
            // a file just modified when listed must still hold the content it was listed with
            if (hash != null && (listed == null || listed.equals(hash))) content.put(path, hash);
        });
        write(new Record(Instant.now(), migrations, fingerprint(), warnings, content, hashes).text());
    }

    /**
     * Starts hashing the content of the input files {@link #record} hashes, on a thread of its own, while the caller runs the full
     * check (in Godwit's daemon, a process of its own: this JVM waits meanwhile). {@link #record} takes each hash only where the file
     * still has the size and time it had when hashed, which are the listed ones. End the returned handle when the check is over,
     * so the thread never outlives the goal: {@link Hashing#stop} where nothing is recorded (a failed check's hashes would go
     * unused), which is also all that is left to do after {@link #record}.
     */
    public Hashing hashContentAhead() {
        var stopped = new java.util.concurrent.atomic.AtomicBoolean();
        var ahead = dev.godwit.engine.Background.start("godwit-hash-inputs", () -> {
            Map<String, String> out = new HashMap<>();
            forEachHashable(stopped::get, (f, sizeTabTime) -> {
                String hash = hashIfStill(f, sizeTabTime);
                if (hash != null) out.put(f.getAbsolutePath(), sizeTabTime + "\t" + hash);
            });
            return out;   // stopped: what was hashed by then, which record() may still take (it hashes the rest itself)
        });
        contentAhead = ahead;
        return () -> {
            stopped.set(true);   // what is left goes unused: record() took its hashes (it waited for them), or nothing is recorded
            ahead.close();
        };
    }

    /**
     * The hashing {@link #hashContentAhead} started. Closing it stops it after the file it is on and waits for its thread: by then
     * {@link #record} took its hashes (waiting for them), or nothing is recorded (the check failed), so the rest would go unused.
     */
    public interface Hashing extends AutoCloseable {
        @Override
        void close();
    }

    /** How many files the hashing {@link #hashContentAhead} started has hashed (after it ended). */
    int filesHashedAhead() {
        var ahead = contentAhead;
        return ahead == null ? 0 : ahead.get().size();
    }

    /**
     * Where the key of the content hashes is kept: beside the records (target/godwit/), so never committed, and made anew after
     * {@code mvn clean} (the records go with it).
     */
    static Path keyFile(Path recordFile) {
        return recordFile.toAbsolutePath().getParent().resolve("content-hash.key");
    }

    /** Whether a listed file's content is hashed for the record: all but jars and very large files. */
    private static boolean hashable(File f, String sizeTabTime) {
        return !f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".jar") && Long.parseLong(sizeOf(sizeTabTime)) <= MAX_HASHED;
    }

    /** Files larger than this are compared by size and time only (a data file someone put among the classes). */
    static final long MAX_HASHED = 64L << 20;

    /**
     * A record file's content: when the check passed, how many migrations the folder held, the inputs' fingerprint, the warnings
     * the check gave, the content hash of each input file as checked (but jars), and the hashes of files just modified when listed.
     * As text: when \n migrations \n fingerprint, then [NUL w TAB escaped warning \n ...] [NUL c \n path TAB hash \n ...]
     * [NUL \n path TAB hash \n ...]; the fingerprint holds no NUL. A record an older Godwit wrote has no content hashes.
     */
    private record Record(Instant at, int migrations, String fingerprint, List<String> warnings, String contentLines, Map<String, String> recent) {

        Record(Instant at, int migrations, String fingerprint, List<String> warnings, Map<String, String> content, Map<String, String> recent) {
            this(at, migrations, fingerprint, warnings, lines(content), recent);
        }

        Record withRecent(Map<String, String> other) {
            return new Record(at, migrations, fingerprint, warnings, contentLines, other);
        }

        /** The content hashes by absolute path; read from the text only when asked for (a matching record needs none of them). */
        Map<String, String> content() {
            Map<String, String> content = new HashMap<>();
            return put(contentLines, content) ? content : Map.of();
        }

        String text() {
            StringBuilder text = new StringBuilder().append(at).append('\n').append(migrations).append('\n').append(fingerprint);
            for (String w : warnings) text.append(WARNING).append(escape(w)).append('\n');
            if (!contentLines.isEmpty()) text.append(CONTENT).append(contentLines);
            if (!recent.isEmpty()) text.append(HASHES).append(lines(recent));
            return text.toString();
        }

        private static String lines(Map<String, String> hashes) {
            StringBuilder sb = new StringBuilder();
            hashes.forEach((file, hash) -> sb.append(file).append('\t').append(hash).append('\n'));
            return sb.toString();
        }

        /** Puts each "path TAB hash" line of {@code lines} into {@code into}; false if one is garbled. */
        private static boolean put(String lines, Map<String, String> into) {
            for (int at = 0; at < lines.length(); ) {
                int end = lines.indexOf('\n', at);
                if (end < 0) end = lines.length();
                int tab = lines.lastIndexOf('\t', end - 1);
                if (tab < at) return false;
                into.put(lines.substring(at, tab), lines.substring(tab + 1, end));
                at = end + 1;
            }
            return true;
        }

        /** The record {@code text} holds, or null if garbled. */
        static Record parse(String text) {
            int nul = text.indexOf('\u0000');
            String head = nul < 0 ? text : text.substring(0, nul);
            int first = head.indexOf('\n');
            int second = first < 0 ? -1 : head.indexOf('\n', first + 1);
            if (second < 0) return null;
            Instant at;
            int migrations;
            try {
                at = Instant.parse(head.substring(0, first));
                migrations = Integer.parseInt(head.substring(first + 1, second));
            } catch (RuntimeException garbled) {
                return null;
            }
            List<String> warnings = new ArrayList<>();
            String contentLines = "";
            Map<String, String> recent = new TreeMap<>();
            if (nul >= 0) {
                // the sections in their order: warnings, content hashes, recent hashes (each may be missing); no line but a marker holds a NUL
                int content = text.indexOf(CONTENT, nul);
                int hashes = text.indexOf(HASHES, nul);
                int warningsEnd = content >= 0 ? content : hashes >= 0 ? hashes : text.length();
                if (warningsEnd > nul) {
                    for (String w : text.substring(nul, warningsEnd).split("\n")) {
                        if (!w.startsWith(WARNING)) return null;
                        warnings.add(unescape(w.substring(WARNING.length())));
                    }
                }
                if (content >= 0) {
                    if (hashes >= 0 && hashes < content) return null;
                    contentLines = text.substring(content + CONTENT.length(), hashes >= 0 ? hashes : text.length());
                    if (contentLines.indexOf('\u0000') >= 0 || !contentLines.isEmpty() && !contentLines.endsWith("\n")) return null;
                }
                if (hashes >= 0 && !put(text.substring(hashes + HASHES.length()), recent)) return null;
            }
            return new Record(at, migrations, head.substring(second + 1), warnings, contentLines, recent);
        }
    }

    private void write(String text) {
        try {
            Files.createDirectories(recordFile.getParent());
            Path tmp = recordFile.resolveSibling(recordFile.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, recordFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, recordFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            unwritten.say("the up-to-date record", recordFile, e, "this check's pass is not remembered, so the next run checks in full again.");
        }
    }

    /** Removes the record (a failed check must not leave an older pass standing). */
    public void forget() {
        try {
            Files.deleteIfExists(recordFile);
        } catch (IOException e) {
            // Left in place: it names other inputs' fingerprint anyway, so it cannot match these.
        }
    }

    String fingerprint() {
        return fingerprintOf(List.copyOf(listings.keySet()), settings).orElseThrow();
    }

    /** Where a record's content hashes of the files as checked start. */
    private static final String CONTENT = "\u0000c\n";

    /** Where a record's hashes of recently modified files start (no path holds a NUL). */
    private static final String HASHES = "\u0000\n";

    /** What each of a record's warnings starts with, after the fingerprint (which holds no NUL); never the start of {@link #HASHES}. */
    private static final String WARNING = "\u0000w\t";

    /** A warning on one line: its line breaks and backslashes escaped (and a NUL, which would end the fingerprint's part). */
    private static String escape(String w) {
        return w.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0");
    }

    private static String unescape(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != '\\' || i + 1 == w.length()) {
                sb.append(c);
                continue;
            }
            char e = w.charAt(++i);
            sb.append(switch (e) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case '0' -> '\u0000';
                default -> e;
            });
        }
        return sb.toString();
    }

    /**
     * One input as text: every file under it with its size and modification time, a line each, sorted. Files modified just
     * before now (see {@link #RECENT_MS}) are also hashed into {@code recentHashes} (by absolute path), from their content now.
     */
    private static String listing(Path input, Map<String, String> recentHashes, long now, ContentHash hasher) {
        File root = input.toAbsolutePath().normalize().toFile();
        if (!root.exists()) return "missing\n";
        List<String> lines = new ArrayList<>();
        if (!list(root, "", 0, lines, now, recentHashes, hasher)) return "unreadable\t" + Instant.now() + "\n";   // cannot match: check in full
        lines.sort(null);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return sb.toString();
    }

    /** java.io.File's plain name lists: a fresh JVM walks them faster than Path trees with attribute objects. */
    private static boolean list(File f, String relative, int depth, List<String> lines, long now, Map<String, String> recentHashes, ContentHash hasher) {
        if (!f.isDirectory()) {
            long modified = f.lastModified();
            lines.add(relative + "\t" + f.length() + "\t" + modified);
            if (recent(modified, now)) recentHashes.put(f.getAbsolutePath(), hasher.of(f));
            return true;
        }
        String[] names = f.list();
        if (names == null || depth > 64) return false;   // 64 levels deep: a directory link loop, not a project
        for (String n : names) {
            if (!list(new File(f, n), relative.isEmpty() ? n : relative + "/" + n, depth + 1, lines, now, recentHashes, hasher)) return false;
        }
        return true;
    }

    /** Whether a file modified at {@code modified} may still be rewritten within its time-stamp tick (see {@link #RECENT_MS}). */
    private static boolean recent(long modified, long now) {
        return modified > now - (modified % 1000 == 0 ? RECENT_MS : RECENT_FINE_MS);
    }

}
