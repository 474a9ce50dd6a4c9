package dev.godwit.engine.folder;

import dev.godwit.engine.GodwitException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Migration tags and file names: a journal entry found by what a user types (the whole tag {@code 0003_add_users}, its number
 * {@code 0003} or {@code 3}, or its name {@code add_users}), and the number a tag or file name starts with.
 */
public final class Tags {

    private Tags() {
    }

    /** The leading number of a tag or migration file name ({@code 0001} of {@code 0001_posts.sql}), or null. */
    public static String number(String tagOrFileName) {
        int us = tagOrFileName.indexOf('_');
        String n = us < 0 ? null : tagOrFileName.substring(0, us);
        return n != null && !n.isEmpty() && n.chars().allMatch(Character::isDigit) ? n : null;
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIMESTAMP_READ = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    /**
     * The time a tag is named after, in epoch seconds, or -1: drizzle-kit's {@code migrations.prefix} {@code "timestamp"} /
     * {@code "supabase"} names migrations {@code yyyyMMddHHmmss_name} (UTC), {@code "unix"} {@code <epoch seconds>_name} (ten
     * digits, no leading zero); its default {@code "index"} {@code NNNN_name}, which is no time.
     */
    public static long secondsNamed(String tag) {
        String n = number(tag);
        if (n == null) return -1;
        if (n.length() == 14) {
            try {
                return LocalDateTime.parse(n, TIMESTAMP_READ).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return -1;   // fourteen digits that are no time
            }
        }
        return n.length() == 10 && n.charAt(0) != '0' ? Long.parseLong(n) : -1;
    }

    /**
     * The tag after {@code previous} in its folder's style, named {@code suffix}: drizzle-kit takes the last of {@code meta/}'s
     * snapshots sorted by name for the latest, so a {@code 0001_} after {@code 20251201093000_} would be read as older and its
     * changes generated again. After a tag named by a time, the time of {@code whenMillis}, at least one second after
     * {@code previous} so the names stay in order; otherwise {@code idx} as {@code NNNN_}.
     */
    public static String after(String previous, int idx, long whenMillis, String suffix) {
        long last = secondsNamed(previous);
        if (last >= 0) {
            long seconds = Math.max(Math.floorDiv(whenMillis, 1000), last + 1);
            if (number(previous).length() == 14) return TIMESTAMP.format(Instant.ofEpochSecond(seconds)) + "_" + suffix;
            if (seconds < 10_000_000_000L) return seconds + "_" + suffix;
        }
        return String.format("%04d_%s", idx, suffix);
    }

    /**
     * @param parameter the parameter the name came from, for messages (e.g. {@code db.name})
     */
    public static JournalEntry find(Journal journal, String name, String parameter) {
        String n = name.strip();
        for (JournalEntry e : journal.entries()) if (e.tag().equals(n)) return e;
        List<JournalEntry> matches = journal.entries().stream().filter(e -> names(e.tag(), n)).toList();
        if (matches.size() == 1) return matches.get(0);
        List<String> tags = journal.entries().stream().map(JournalEntry::tag).toList();
        if (matches.isEmpty()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-D" + parameter + "=" + name + " names no migration in meta/_journal.json; the migrations are: "
                    + (tags.isEmpty() ? "(none)" : dev.godwit.engine.migrate.HistoryCheck.lastOf(tags, "all in meta/_journal.json")));
        }
        throw new GodwitException(GodwitException.Kind.BROKEN, "-D" + parameter + "=" + name + " matches several migrations ("
                + String.join(", ", matches.stream().map(JournalEntry::tag).toList()) + "); give the whole tag");
    }

    /**
     * Whether {@code n}, which is not the whole tag, names {@code tag} as a user may: by its number, read as a number ({@code 3} for
     * {@code 0003_bio}, any length, so a timestamp too), or by what is either side of its first {@code _} ({@code bio}; drizzle-kit's
     * prefix {@code "none"} names migrations {@code _bio}). db:drop, db:baseline and -Ddb.upTo find a migration so.
     */
    public static boolean names(String tag, String n) {
        int us = tag.indexOf('_');
        String prefix = us < 0 ? tag : tag.substring(0, us);
        String suffix = us < 0 ? "" : tag.substring(us + 1);
        if (n.equals(prefix) || n.equals(suffix)) return true;
        String number = number(tag);
        return number != null && n.matches("\\d+") && new BigInteger(number).equals(new BigInteger(n));
    }
}
