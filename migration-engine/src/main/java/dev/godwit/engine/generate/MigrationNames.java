package dev.godwit.engine.generate;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.Tags;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Migration tags: {@code 0004_<name>}, with a random two-word name when none is given (as drizzle-kit does). */
final class MigrationNames {

    private static final String[] ADJECTIVES = {
        "amber", "bold", "brave", "brisk", "calm", "clever", "crisp", "daring", "eager", "fair", "fleet", "gentle", "glad",
        "golden", "grand", "hardy", "keen", "lively", "lucky", "merry", "mighty", "nimble", "noble", "quick", "quiet",
        "rapid", "silent", "sleek", "steady", "swift", "tidy", "vivid", "wise", "young", "zesty"
    };
    private static final String[] BIRDS = {
        "albatross", "avocet", "bittern", "curlew", "dunlin", "egret", "falcon", "gannet", "godwit", "heron", "ibis",
        "jacana", "kestrel", "kite", "lapwing", "merlin", "nightjar", "osprey", "petrel", "plover", "puffin", "redshank",
        "sanderling", "shearwater", "skua", "stint", "swift", "tern", "turnstone", "wagtail", "whimbrel", "wren"
    };

    private MigrationNames() {
    }

    static String tag(int idx, String name, RandomGenerator random) {
        return String.format("%04d_%s", idx, suffix(name, random));
    }

    private static String suffix(String name, RandomGenerator random) {
        return name != null && !name.isBlank() ? name.strip()
                : ADJECTIVES[random.nextInt(ADJECTIVES.length)] + "_" + BIRDS[random.nextInt(BIRDS.length)];
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIMESTAMP_READ = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    /**
     * The tag of the migration after {@code journal}'s, numbered as the folder's last migration is: drizzle-kit's
     * {@code migrations.prefix} {@code "timestamp"} / {@code "supabase"} names migrations {@code yyyyMMddHHmmss_name} (UTC) and
     * {@code "unix"} {@code <epoch seconds>_name}, and drizzle-kit takes the last of {@code meta/}'s snapshots sorted by name for
     * the latest, so a {@code 0001_} after {@code 20251201093000_} would be read as older and its changes generated again. Such a
     * folder gets the next migration in its own style, at {@code when} (one second after the last one at least, so the names
     * stay in order); any other (drizzle-kit's default {@code "index"}) gets {@code NNNN_}.
     */
    static String tag(Journal journal, long when, String name, RandomGenerator random) {
        int idx = journal.nextIdx();
        if (journal.entries().isEmpty()) return tag(idx, name, random);
        String last = Tags.number(journal.entries().get(journal.entries().size() - 1).tag());
        if (last != null && last.length() == 14) {
            try {
                long lastSeconds = LocalDateTime.parse(last, TIMESTAMP_READ)
                        .toEpochSecond(ZoneOffset.UTC);
                long seconds = Math.max(Math.floorDiv(when, 1000), lastSeconds + 1);
                return TIMESTAMP.format(Instant.ofEpochSecond(seconds)) + "_" + suffix(name, random);
            } catch (DateTimeParseException e) {
                // fourteen digits that are no time: numbered as an index
            }
        }
        if (last != null && last.length() == 10 && last.charAt(0) != '0') {
            long seconds = Math.max(Math.floorDiv(when, 1000), Long.parseLong(last) + 1);
            if (seconds < 10_000_000_000L) return seconds + "_" + suffix(name, random);
        }
        return tag(idx, name, random);
    }

    /** The names every file system, shell and drizzle-kit's journal take as they are. */
    static final Pattern PORTABLE = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /**
     * A tag becomes a file name ({@code NNNN_name.sql}) on every checkout of the project: accept only
     * ASCII letters, digits, {@code _} and {@code -} (no spaces, quotes, {@code ;}, dots or non-ASCII
     * letters, which some file system, shell or tool mangles), at most 100 of them.
     */
    static void requireValid(String name) {
        if (name == null || name.isBlank()) return;
        if (!PORTABLE.matcher(name.strip()).matches()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "db.name \"" + name + "\" cannot be a migration name: it becomes the file name"
                    + " NNNN_<name>.sql, so it may use only the letters A-Z and a-z, the digits 0-9, _ and - (1 to 100 of them), e.g. -Ddb.name="
                    + suggestion(name));
        }
    }

    /** The name with every other character turned into {@code _}. */
    static String suggestion(String name) {
        String s = name.strip().replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) s = "my_change";
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
