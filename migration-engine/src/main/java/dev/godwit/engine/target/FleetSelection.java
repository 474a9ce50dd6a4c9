package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which databases of the account a fleet run works on, as {@code -Ddb.d1.databases} says:
 * a comma list of ids or names, {@code @path} (a file, one id or name per line, {@code #}
 * comments), or {@code name:GLOB} (every database whose name matches, from the account's list).
 */
public sealed interface FleetSelection permits FleetSelection.Listed, FleetSelection.FromFile, FleetSelection.NameGlob {

    /** A D1 database id: a UUID. Anything else in a list or file is a database name. */
    Pattern UUID = Pattern.compile("(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    static boolean isId(String entry) {
        return UUID.matcher(entry).matches();
    }

    /** Ids or names given on the command line, in order. */
    record Listed(List<String> entries) implements FleetSelection {
        @Override
        public String toString() {
            return entries.size() + " database(s) listed";
        }
    }

    /** One id or name per line; blank lines and {@code #} comments ignored. Read as a stream. */
    record FromFile(Path file) implements FleetSelection {
        @Override
        public String toString() {
            return "@" + file;
        }
    }

    /**
     * Every database of the account whose name matches ({@code *}, {@code ?}, {@code [a-z]}), or any of several patterns given
     * comma-separated ({@code tenant-*,name:eu-*}: a D1 name holds no comma; an id among them is refused).
     */
    record NameGlob(String glob) implements FleetSelection {
        /** The patterns, each without its {@code name:} (the first has none: {@link #parse} took it off). */
        public List<String> patterns() {
            return Arrays.stream(glob.split(",")).map(String::strip).map(p -> p.startsWith("name:") ? p.substring(5).strip() : p)
                    .filter(p -> !p.isEmpty()).toList();
        }

        public Pattern regex() {
            List<String> parts = patterns();
            StringBuilder sb = new StringBuilder("^(?:");
            for (int k = 0; k < parts.size(); k++) sb.append(k > 0 ? "|" : "").append(regexOf(parts.get(k)));
            return Pattern.compile(sb.append(")$").toString());
        }

        private static String regexOf(String glob) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*') sb.append(".*");
                else if (c == '?') sb.append('.');
                else if (c == '[') {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        sb.append("\\[");
                    } else {
                        String cls = glob.substring(i + 1, end);
                        boolean negated = cls.startsWith("!") || cls.startsWith("^");
                        sb.append('[').append(negated ? "^" : "");
                        // characters of the name and a-z ranges: what Java's regex reads as syntax in a class (&&, [, \\) is a character
                        for (char k : cls.substring(negated ? 1 : 0).toCharArray()) {
                            sb.append(k == '-' || Character.isLetterOrDigit(k) ? String.valueOf(k) : "\\" + k);
                        }
                        sb.append(']');
                        i = end;
                    }
                } else sb.append(Pattern.quote(String.valueOf(c)));
            }
            // each pattern compiled alone first: a class that is not one is refused naming it, not the alternation
            return Pattern.compile(sb.toString()).pattern();
        }

        public boolean matches(String name) {
            return name != null && regex().matcher(name).matches();
        }

        @Override
        public String toString() {
            return "name:" + glob;
        }
    }

    static FleetSelection parse(String spec, Path baseDir) {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty()) throw broken("-Ddb.d1.databases is empty: give ids or names (id1,id2), @file or name:GLOB.");
        if (s.startsWith("@")) {
            Path p = Path.of(s.substring(1).strip());
            if (!p.isAbsolute() && baseDir != null) p = baseDir.resolve(p);
            if (!Files.isRegularFile(p)) throw broken("-Ddb.d1.databases=" + s + ": no such file " + p + " (one database id or name per line).");
            return new FromFile(p);
        }
        if (s.startsWith("name:")) {
            String g = s.substring(5).strip();
            NameGlob glob = new NameGlob(g);
            if (glob.patterns().isEmpty()) throw broken("-Ddb.d1.databases=name: needs a pattern, e.g. name:tenant-*");
            // "name:tenant-*,<id>" matched the id against the names, none, and its database was left out without a word
            List<String> ids = Arrays.stream(g.split(",")).skip(1).map(String::strip).filter(FleetSelection::isId).toList();
            if (!ids.isEmpty()) {
                throw broken("-Ddb.d1.databases=" + s + " lists database ids with a pattern (" + String.join(", ", ids) + "): a pattern matches"
                        + " the databases' names, never their ids, so they would be left out; ids go in a list or an @file of their own."
                        + " Run them as two commands. Nothing was done.");
            }
            String why = g.contains("[[") ? "a class in [...] holds the name's characters and ranges (shell classes such as [:digit:] are not read:"
                    + " write [0-9])" : null;
            if (why == null) {
                try {
                    glob.regex();
                } catch (java.util.regex.PatternSyntaxException e) {
                    why = "a class in [...] needs at least one character, and a range's first end must not come after its last ([0-9], not [9-0])";
                }
            }
            if (why != null) throw broken("-Ddb.d1.databases=name:" + g + " is not a pattern Godwit reads: " + why + ". Patterns take *, ?, [a-z]"
                    + " and [!a-z], case-sensitive. Nothing was done.");
            return glob;
        }
        List<String> entries = Arrays.stream(s.split(",")).map(String::strip).filter(e -> !e.isEmpty()).distinct().toList();
        if (entries.isEmpty()) throw broken("-Ddb.d1.databases=" + s + " names no database.");
        // "billing-eu,name:tenant-*" was a list of two names, the second failing as "no database named \"name:tenant-*\""
        List<String> patterns = entries.stream().filter(e -> e.startsWith("name:")).toList();
        if (!patterns.isEmpty()) {
            throw broken("-Ddb.d1.databases=" + s + " lists ids or names with a pattern (" + String.join(", ", patterns) + "): a pattern comes"
                    + " first, alone or with other patterns (name:tenant-*,name:eu-*); ids and names go in a list or an @file of their own."
                    + " Run them as two commands. Nothing was done.");
        }
        return new Listed(entries);
    }

    private static GodwitException broken(String message) {
        return new GodwitException(GodwitException.Kind.BROKEN, message);
    }
}
