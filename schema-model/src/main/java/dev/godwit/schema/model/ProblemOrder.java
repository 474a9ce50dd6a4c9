package dev.godwit.schema.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one order schema problems are listed in: by descriptor file, in reading order, then line. */
public final class ProblemOrder {

    /** "s.yaml line 12" or "s.yaml:" at the start of a problem: its file and line. */
    private static final Pattern PLACE = Pattern.compile("^(\\S+?)(?: line (\\d+)|:)");

    private ProblemOrder() {
    }

    /**
     * {@code problems} by file (in the order of {@code files}, the descriptors as read) and line, a whole file's problem ("s.yaml:
     * not valid YAML") before its lines'; those naming no file of {@code files} (a Java class's) after them. Problems of one place
     * keep their order, as do the ones after.
     */
    public static List<String> byFileAndLine(List<String> problems, List<String> files) {
        List<String> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(p -> place(p, files)));
        return sorted;
    }

    /** A problem's file (its place in {@code files}) and line as one number; after every file's for one naming none. */
    private static long place(String problem, List<String> files) {
        Matcher m = PLACE.matcher(problem);
        if (!m.find()) return Long.MAX_VALUE;
        int f = files.indexOf(m.group(1));
        if (f < 0) return Long.MAX_VALUE;
        return (long) f << 32 | (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
    }
}
