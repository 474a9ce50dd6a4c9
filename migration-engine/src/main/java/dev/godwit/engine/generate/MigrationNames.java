package dev.godwit.engine.generate;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.Tags;
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

    /**
     * The tag of the migration after {@code journal}'s, at {@code when}, numbered in the style of the folder's migration whose name
     * sorts last ({@link Tags#after}: drizzle-kit's {@code migrations.prefix} timestamp/unix, or {@code NNNN_}): its last one, but
     * where a {@code 0004_bio} follows migrations named by times, whose snapshots sort after 0004's, a time again, so that the new
     * snapshot is the last by name, the one drizzle-kit diffs from.
     */
    static String tag(Journal journal, long when, String name, RandomGenerator random) {
        if (journal.entries().isEmpty()) return tag(journal.nextIdx(), name, random);
        String last = journal.entries().stream().map(dev.godwit.engine.folder.JournalEntry::tag).max(java.util.Comparator.naturalOrder()).orElseThrow();
        return Tags.after(last, journal.nextIdx(), when, suffix(name, random));
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

    /**
     * The name with its accented Latin letters written plain ({@code größe_ändern} -> {@code groesse_aendern}) and every other
     * character turned into {@code _}: "gr_e" was no name a user would pick.
     */
    static String suggestion(String name) {
        String plain = name.strip().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("Œ", "Oe")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
                .replace("þ", "th").replace("Þ", "Th");
        plain = java.text.Normalizer.normalize(plain, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");   // é -> e
        String s = plain.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) s = "my_change";
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
