package dev.godwit.engine.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The account's database names nearest to what a fleet selection asked for, kept while its list is read (a few at most, whatever
 * the account's size), for the refusal of a selection that names no database: "names no database" alone left the user to find
 * the right name elsewhere (a pattern's typo, tennant-*, or a file of names from another account).
 */
final class NearestNames {

    private static final int KEEP = 3;
    /** The names asked for compared with each name listed: the first few only, so a file of thousands costs no more than a few. */
    private static final int TARGETS = 3;

    private record Near(int distance, String name) {
    }

    private final List<String> targets;
    private final boolean patterns;
    private final TreeSet<Near> best = new TreeSet<>(Comparator.comparingInt(Near::distance).thenComparing(Near::name));
    private long seen;

    private NearestNames(List<String> targets, boolean patterns) {
        this.targets = targets.stream().limit(TARGETS).toList();
        this.patterns = patterns;
    }

    /** For names asked for exactly (a list, a file). */
    static NearestNames toNames(List<String> names) {
        return new NearestNames(names, false);
    }

    /** For name patterns ({@code tenant-*}): their text without the wildcards, found anywhere in a name. */
    static NearestNames toPatterns(List<String> globs) {
        return new NearestNames(globs.stream().map(NearestNames::literal).toList(), true);
    }

    /** A name of the account's list. */
    synchronized void offer(String name) {
        seen++;
        if (targets.isEmpty()) return;
        int d = Integer.MAX_VALUE;
        for (String t : targets) d = Math.min(d, patterns ? withinDistance(t, name) : distance(t, name));
        best.add(new Near(d, name));
        if (best.size() > KEEP) best.pollLast();
    }

    /** How many names of the account were read. */
    synchronized long seen() {
        return seen;
    }

    /** The nearest names, nearest first. */
    synchronized List<String> names() {
        return new ArrayList<>(best.stream().map(Near::name).toList());
    }

    /**
     * "The account's names nearest to it: a, b, c (of N databases). `wrangler d1 list` lists them." or, for an account without a
     * database, that it has none.
     */
    String told() {
        List<String> near = names();
        if (seen() == 0) return " The account has no D1 database (`wrangler d1 list` lists them): check the account (db.d1.accountId).";
        return " The account's names nearest to it: " + String.join(", ", near) + " (of " + seen() + " database(s); `wrangler d1 list`"
                + " lists them all).";
    }

    /** A glob's text without its wildcards and classes: tennant-* gives tennant-. */
    private static String literal(String glob) {
        return glob.replaceAll("\\[[^\\]]*\\]", "").replace("*", "").replace("?", "");
    }

    /** Edits (insert, delete, replace; a letter's case 1) between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        return edits(a, b, false);
    }

    /** The fewest edits that make {@code a} a part of {@code b} (anywhere in it: a pattern's text before or after its wildcard). */
    static int withinDistance(String a, String b) {
        return edits(a, b, true);
    }

    /** Edits between {@code a} and {@code b}, or ({@code anywhere}) between {@code a} and the part of {@code b} nearest it. */
    private static int edits(String a, String b, boolean anywhere) {
        int[] prev = new int[b.length() + 1];   // row 0: anywhere, a match may start anywhere in b, at no cost
        int[] cur = new int[b.length() + 1];
        if (!anywhere) for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        if (!anywhere) return prev[b.length()];
        int min = Integer.MAX_VALUE;
        for (int v : prev) min = Math.min(min, v);   // and end anywhere
        return min;
    }
}
