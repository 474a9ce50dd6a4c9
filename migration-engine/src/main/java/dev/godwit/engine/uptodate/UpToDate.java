package dev.godwit.engine.uptodate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers that a check passed for one state of its inputs, as a build tool's up-to-date check
 * does: a record file holding a fingerprint of every input file's path, size and modification
 * time (the schema's classes or YAML files, the jars on their class path, the whole migrations
 * folder, Godwit's own jars) and of the settings. While nothing of that changed, the check would
 * find what it found before, so {@code db:verify} and {@code db:generate} can say so without
 * loading the schema or replaying a migration. Any change, a touched file included, means a full check.
 */
public final class UpToDate {

    /** The record's content when it matches: when it was written and how many migrations the folder held. */
    public record Passed(Instant at, int migrations) {

        /** When, as the local wall-clock time to the second (e.g. 19:28:22), for a log line. */
        public String localTime() {
            return java.time.LocalTime.ofInstant(at, java.time.ZoneId.systemDefault()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }
    }

    private final Path recordFile;
    private final String settings;
    private final Map<Path, String> digests;   // each input's own, in the order given: one input can be looked at again alone

    private UpToDate(Path recordFile, String settings, Map<Path, String> digests) {
        this.recordFile = recordFile;
        this.settings = settings;
        this.digests = digests;
    }

    /**
     * Fingerprints {@code inputs} now (files, and directories with everything under them; a missing one counts as missing).
     *
     * @param settings everything else the check's result depends on (schema sources, folder, options, versions)
     */
    public static UpToDate of(Path recordFile, List<Path> inputs, String settings) {
        Map<Path, String> digests = new LinkedHashMap<>();
        for (Path input : inputs) digests.put(input, digest(input));
        return new UpToDate(recordFile, settings, digests);
    }

    /** The same fingerprint with one of its inputs (one that a command has just written, as its migrations folder) looked at again. */
    public UpToDate rehashed(Path input) {
        Map<Path, String> again = new LinkedHashMap<>(digests);
        again.replace(input, digest(input));
        return new UpToDate(recordFile, settings, again);
    }

    /**
     * A fingerprint of some of the inputs only (the schema's, say, without the migrations folder) and {@code settings}, or empty
     * if one of them was not fingerprinted here.
     */
    public Optional<String> fingerprintOf(List<Path> some, String settings) {
        MessageDigest sha = sha256();
        update(sha, "settings\t" + settings);
        for (Path input : some) {
            String digest = digests.get(input);
            if (digest == null) return Optional.empty();
            update(sha, input.toAbsolutePath().normalize() + "\t" + digest);
        }
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    /** The same fingerprint against another record file (another check over the same inputs). */
    public UpToDate withRecordFile(Path other) {
        return new UpToDate(other, settings, digests);
    }

    /** The passed check the record file holds for exactly these inputs, if any. */
    public Optional<Passed> passed() {
        List<String> lines;
        try {
            lines = Files.readAllLines(recordFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();   // unreadable: check in full
        }
        if (lines.size() < 3 || !lines.get(0).equals(fingerprint())) return Optional.empty();
        try {
            return Optional.of(new Passed(Instant.parse(lines.get(1)), Integer.parseInt(lines.get(2))));
        } catch (RuntimeException garbled) {
            return Optional.empty();
        }
    }

    /** Records that the check passed for these inputs; a record that cannot be written only costs a full check next time. */
    public void record(int migrations) {
        try {
            Files.createDirectories(recordFile.getParent());
            Path tmp = recordFile.resolveSibling(recordFile.getFileName() + ".tmp");
            Files.writeString(tmp, fingerprint() + "\n" + Instant.now() + "\n" + migrations + "\n", StandardCharsets.UTF_8);
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
        MessageDigest sha = sha256();
        update(sha, "settings\t" + settings);
        digests.forEach((input, digest) -> update(sha, input.toAbsolutePath().normalize() + "\t" + digest));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Of one input: every file under it with its size and modification time. */
    private static String digest(Path input) {
        Path root = input.toAbsolutePath().normalize();
        if (!Files.exists(root)) return "missing";
        List<String> lines = new ArrayList<>();
        try {
            // walkFileTree hands each file's attributes over with it: one system call per file, not two.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (a.isRegularFile()) lines.add(f + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return "unreadable\t" + Instant.now();   // cannot match: check in full
        }
        lines.sort(null);
        MessageDigest sha = sha256();
        for (String l : lines) update(sha, l);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String line) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }
}
