package dev.godwit.engine.folder;

import dev.godwit.engine.GodwitException;
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

    /**
     * @param parameter the parameter the name came from, for messages (e.g. {@code db.name})
     */
    public static JournalEntry find(Journal journal, String name, String parameter) {
        String n = name.strip();
        for (JournalEntry e : journal.entries()) if (e.tag().equals(n)) return e;
        List<JournalEntry> matches = journal.entries().stream().filter(e -> matches(e.tag(), n)).toList();
        if (matches.size() == 1) return matches.get(0);
        List<String> tags = journal.entries().stream().map(JournalEntry::tag).toList();
        if (matches.isEmpty()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-D" + parameter + "=" + name + " names no migration in meta/_journal.json; the migrations are: "
                    + (tags.isEmpty() ? "(none)" : String.join(", ", tags)));
        }
        throw new GodwitException(GodwitException.Kind.BROKEN, "-D" + parameter + "=" + name + " matches several migrations ("
                + String.join(", ", matches.stream().map(JournalEntry::tag).toList()) + "); give the whole tag");
    }

    private static boolean matches(String tag, String n) {
        int us = tag.indexOf('_');
        String prefix = us < 0 ? tag : tag.substring(0, us);
        String suffix = us < 0 ? "" : tag.substring(us + 1);
        if (n.equals(prefix) || n.equals(suffix)) return true;
        try {
            return n.matches("\\d+") && Integer.parseInt(n) == Integer.parseInt(prefix);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
