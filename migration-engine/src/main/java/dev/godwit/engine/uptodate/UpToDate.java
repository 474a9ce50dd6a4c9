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
 * {@link #RECENT_MS}) are also hashed, since a rewrite within their time-stamp tick could keep both
 * size and time (most inputs are not hashed: no digest to pay for in a fresh JVM). While nothing of that changed, the check would
 * find what it found before, so {@code db:verify} and {@code db:generate} can say so without
 * loading the schema or replaying a migration. Any change, a touched file included, means a full check.
 */
public final class UpToDate {

    /**
     * The record's content when it matches: when it was written, how many migrations the folder held, and the warnings the
     * check that passed gave (none from a record an older Godwit wrote), to repeat while nothing changes.
     */
    public record Passed(Instant at, int migrations, List<String> warnings) {

        public Passed {
            warnings = List.copyOf(warnings);
        }

        public Passed(Instant at, int migrations) {
            this(at, migrations, List.of());
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
    private final Map<Path, Map<String, String>> recent;   // per input: its recently modified files (absolute) and their content hash (see {@link #contentHash})

    private UpToDate(Path recordFile, String settings, Map<Path, String> listings, Map<Path, Map<String, String>> recent) {
        this.recordFile = recordFile;
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

    /** As {@link #of(Path, List, String)}, listed as if it were {@code now} (ms): which files count as just modified. */
    static UpToDate of(Path recordFile, List<Path> inputs, String settings, long now) {
        Map<Path, String> listings = new LinkedHashMap<>();
        Map<Path, Map<String, String>> recent = new LinkedHashMap<>();
        for (Path input : inputs) {
            Map<String, String> hashes = new TreeMap<>();
            listings.put(input, listing(input, hashes, now));
            recent.put(input, hashes);
        }
        return new UpToDate(recordFile, settings, listings, recent);
    }

    /**
     * The same fingerprint with one of its inputs (a folder a command has just written {@code written} into and removed
     * {@code removed} from, as db:generate its migrations folder) looked at again; empty when anything else under it changed
     * since it was first listed (a teammate's migration pulled in, another run writing there), or its own changes are not all
     * there: that state was never checked, so it must not be recorded.
     */
    public Optional<UpToDate> relistedAfterWriting(Path input, Collection<Path> written, Collection<Path> removed) {
        Map<String, String> hashesNow = new TreeMap<>();
        String after = listing(input, hashesNow, System.currentTimeMillis());
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
            if (!e.getValue().equals(contentHash(new File(e.getKey())))) return Optional.empty();
            hashes.put(e.getKey(), e.getValue());
        }
        hashesNow.forEach((file, hash) -> {
            if (mine.contains(nameUnder(root, Path.of(file)))) hashes.put(file, hash);
        });
        Map<Path, String> again = new LinkedHashMap<>(listings);
        again.replace(input, after);
        Map<Path, Map<String, String>> recentAgain = new LinkedHashMap<>(recent);
        recentAgain.replace(input, hashes);
        return Optional.of(new UpToDate(recordFile, settings, again, recentAgain));
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

    /** The same fingerprint against another record file (another check over the same inputs). */
    public UpToDate withRecordFile(Path other) {
        return new UpToDate(other, settings, listings, recent);
    }

    /** The passed check the record file holds for exactly these inputs, if any. */
    public Optional<Passed> passed() {
        String text;
        try {
            text = Files.readString(recordFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();   // unreadable: check in full
        }
        // when \n migrations \n fingerprint [NUL w TAB escaped warning \n ...] [NUL \n recently modified files: path TAB content hash \n ...]
        int hashed = text.indexOf(HASHES);
        String kept = hashed < 0 ? text : text.substring(0, hashed);
        int warned = kept.indexOf(WARNING);
        String head = warned < 0 ? kept : kept.substring(0, warned);
        List<String> warnings = new ArrayList<>();
        if (warned >= 0) {
            for (String w : kept.substring(warned).split("\n")) {
                if (!w.startsWith(WARNING)) return Optional.empty();   // garbled: check in full
                warnings.add(unescape(w.substring(WARNING.length())));
            }
        }
        int first = head.indexOf('\n');
        int second = first < 0 ? -1 : head.indexOf('\n', first + 1);
        if (second < 0 || !head.substring(second + 1).equals(fingerprint())) return Optional.empty();
        Passed passed;
        try {
            passed = new Passed(Instant.parse(head.substring(0, first)), Integer.parseInt(head.substring(first + 1, second)), warnings);
        } catch (RuntimeException garbled) {
            return Optional.empty();
        }
        if (hashed >= 0) {
            boolean settled = true;
            long now = System.currentTimeMillis();
            for (String line : text.substring(hashed + HASHES.length()).split("\n")) {
                if (line.isEmpty()) continue;
                int tab = line.lastIndexOf('\t');
                File f = tab < 0 ? null : new File(line.substring(0, tab));
                if (f == null || !line.substring(tab + 1).equals(contentHash(f))) return Optional.empty();
                settled &= !recent(f.lastModified(), now);
            }
            // Past their tick, any rewrite changes size or time: the hashes need not be read again on every later run.
            if (settled) write(kept);
        }
        return Optional.of(passed);
    }

    /** Records that the check passed for these inputs; a record that cannot be written only costs a full check next time. */
    public void record(int migrations) {
        record(migrations, List.of());
    }

    /** As {@link #record(int)}, with the warnings the check gave: {@link #passed()} returns them, to be shown again. */
    public void record(int migrations, List<String> warnings) {
        StringBuilder text = new StringBuilder().append(Instant.now()).append('\n').append(migrations).append('\n').append(fingerprint());
        for (String w : warnings) text.append(WARNING).append(escape(w)).append('\n');
        Map<String, String> hashes = new TreeMap<>();
        for (Map<String, String> h : recent.values()) hashes.putAll(h);
        if (!hashes.isEmpty()) {
            text.append(HASHES);
            hashes.forEach((file, hash) -> text.append(file).append('\t').append(hash).append('\n'));
        }
        write(text.toString());
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
            // Not recorded: the next run checks in full.
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
    private static String listing(Path input, Map<String, String> recentHashes, long now) {
        File root = input.toAbsolutePath().normalize().toFile();
        if (!root.exists()) return "missing\n";
        List<String> lines = new ArrayList<>();
        if (!list(root, "", 0, lines, now, recentHashes)) return "unreadable\t" + Instant.now() + "\n";   // cannot match: check in full
        lines.sort(null);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return sb.toString();
    }

    /** java.io.File's plain name lists: a fresh JVM walks them faster than Path trees with attribute objects. */
    private static boolean list(File f, String relative, int depth, List<String> lines, long now, Map<String, String> recentHashes) {
        if (!f.isDirectory()) {
            long modified = f.lastModified();
            lines.add(relative + "\t" + f.length() + "\t" + modified);
            if (recent(modified, now)) recentHashes.put(f.getAbsolutePath(), contentHash(f));
            return true;
        }
        String[] names = f.list();
        if (names == null || depth > 64) return false;   // 64 levels deep: a directory link loop, not a project
        for (String n : names) {
            if (!list(new File(f, n), relative.isEmpty() ? n : relative + "/" + n, depth + 1, lines, now, recentHashes)) return false;
        }
        return true;
    }

    /** Whether a file modified at {@code modified} may still be rewritten within its time-stamp tick (see {@link #RECENT_MS}). */
    private static boolean recent(long modified, long now) {
        return modified > now - (modified % 1000 == 0 ? RECENT_MS : RECENT_FINE_MS);
    }

    /**
     * The file's CRC-32 and Adler-32 in hex, read in pieces; a marker that matches no hash for anything but a readable regular
     * file. Not SHA-256: this only tells a rewrite within one time-stamp tick from the content listed (an accident, not an
     * attack; anyone who can write the record can write anything), and both checksums run in native code from the first byte,
     * where a fresh JVM interprets SHA-256 at 10-20 MB/s: 100-190 ms for the 1.6 MB snapshot db:generate has just written.
     */
    private static String contentHash(File f) {
        if (!f.isFile()) return "not a file " + Instant.now();   // a pipe would block, a device never end
        try (java.io.InputStream in = new java.io.FileInputStream(f)) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            java.util.zip.Adler32 adler = new java.util.zip.Adler32();
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                adler.update(buffer, 0, n);
            }
            return "crc32-adler32:" + Long.toHexString(1L << 32 | crc.getValue()).substring(1) + Long.toHexString(1L << 32 | adler.getValue()).substring(1);   // 8 digits each
        } catch (IOException | RuntimeException e) {
            return "unreadable " + Instant.now();
        }
    }
}
