package dev.godwit.schema.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The names a mistyped one most likely meant, for the "did you mean" of an error: a package, a folder, a table, a setting.
 * Looked up only when that error is given.
 */
public final class Typos {

    /** Edits (letters inserted, removed or changed, any case) a typo may hold. */
    private static final int MAX_EDITS = 3;

    private Typos() {
    }

    /**
     * The candidates nearest to {@code word} (equally near, in the candidates' order), or none when none is a typo away: at most
     * {@value #MAX_EDITS} edits and at most one per four letters (two short names would pass for a typo of each other). The word itself
     * (same case) is never one.
     */
    public static List<String> nearest(String word, Collection<String> candidates) {
        int allowed = Math.min(MAX_EDITS, Math.max(1, word.length() / 4));   // a quarter of the word: "nope" is not a typo of "code"
        int best = allowed;
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> nearest = new ArrayList<>();
        for (String c : candidates) {
            if (c.equals(word)) continue;
            int d = edits(lower, c.toLowerCase(Locale.ROOT));
            if (d > best) continue;
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (!nearest.contains(c)) nearest.add(c);
        }
        return nearest;
    }

    /**
     * Edits between two words: letters inserted, removed or changed, and two neighbours swapped ("drizzel"), each one edit (the
     * optimal string alignment distance).
     */
    public static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(change, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
