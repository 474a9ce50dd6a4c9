package dev.godwit.engine.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a descriptor SnakeYAML refuses ("expected &lt;block end&gt;, but found '?'", "mapping values are not allowed here") is
 * wrong, where the cause is a line indented unlike the lines above it: a key one space deeper or shallower than its siblings,
 * a list item at another depth than the items before it. SnakeYAML's words name its parser's state, not the line to fix
 * nor how; this names the line, its indentation and those the lines above it use. Only block YAML is followed: a file with a
 * flow collection over several lines, a tab in an indentation or a second document gets no hint.
 */
final class Indentation {

    /** A key: a plain, single- or double-quoted word followed by ':' and a space or the end of the line. */
    private static final Pattern KEY = Pattern.compile("^(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s#'\"\\[{][^#]*?)[ \\t]*:(?:[ \\t]|$)");
    private static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][-+0-9]*[ \\t]*(?:#.*)?$");

    private Indentation() {
    }

    /** One depth lines are at: its spaces, the last line there, and whether it holds keys, list items or both. */
    private static final class Level {
        final int spaces;
        int line;
        boolean keys;
        boolean items;

        Level(int spaces, int line, boolean item) {
            this.spaces = spaces;
            this.line = line;
            this.keys = !item;
            this.items = item;
        }
    }

    /**
     * The first line up to {@code errorLine} (1-based) indented unlike the lines above it, as "line 6 is indented 9 spaces, but
     * the lines above it are indented 8 (line 5), ...; indent it as the lines it belongs with", with its number; null for none.
     */
    static Misfit find(String content, int errorLine) {
        String[] lines = content.split("\r?\n", -1);
        List<Level> stack = new ArrayList<>();
        boolean opened = false;   // the line before ends in a key with no value, or is a bare "-": a deeper line may follow
        int scalarOver = -1;      // inside a | or > block scalar: lines deeper than this are its text
        char quoted = 0;          // inside a quoted value running over lines: its quote, until a line closes it
        int last = 0;             // the line before, for "it has a value of its own"
        for (int i = 0; i < lines.length && i < errorLine; i++) {
            String line = lines[i];
            if (quoted != 0) {
                // the value's text, at any depth ("second: part" is no key): the line closing it ends it
                if (closes(line, 0, quoted) >= 0) quoted = 0;
                continue;
            }
            String body = line.stripLeading();
            if (body.isEmpty() || body.startsWith("#")) continue;
            int n = line.length() - body.length();
            if (scalarOver >= 0 && n > scalarOver) continue;
            scalarOver = -1;
            if (line.substring(0, n).indexOf('\t') >= 0 || body.startsWith("---") || body.startsWith("...") || unclosed(body)) return null;
            boolean item = body.equals("-") || body.startsWith("- ");
            boolean key = !item && KEY.matcher(body).find();
            int no = i + 1;
            Level top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (top == null || opened && (n > top.spaces || n == top.spaces && item && top.keys)) {
                if (top != null && n == top.spaces) top.items = true;   // "columns:" then "- ..." at its own depth
                else stack.add(new Level(n, no, item));
            } else if (n > top.spaces) {
                if (!key && !item) continue;   // a plain text running on over lines
                return new Misfit(no, "line " + no + " is indented " + n + " spaces, but the lines above it are indented " + depths(stack, null)
                        + "; line " + last + " has a value of its own, so no line can be nested under it; indent line " + no
                        + " as the lines it belongs with");
            } else {
                List<Level> above = new ArrayList<>(stack);
                while (!stack.isEmpty() && stack.get(stack.size() - 1).spaces > n) stack.remove(stack.size() - 1);
                Level at = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                if (at == null || at.spaces != n) {
                    return new Misfit(no, "line " + no + " is indented " + n + " spaces, but the lines above it are indented " + depths(above, null)
                            + "; indent it as the lines it belongs with");
                }
                if (item && !at.items || key && !at.keys) {
                    return new Misfit(no, "line " + no + " is " + (item ? "a list item" : "a key") + " indented " + n + " spaces, as the "
                            + (item ? "keys" : "list items") + " on line " + at.line + " are; the " + (item ? "list items" : "keys")
                            + " above it are indented " + depths(above, item) + "; indent it as the lines it belongs with");
                }
                at.line = no;
            }
            // what follows "- " (one or more) is a depth of its own: the keys of the item's mapping
            String rest = body;
            int col = n;
            while (rest.equals("-") || rest.startsWith("- ")) {
                String after = rest.substring(1).stripLeading();
                col += rest.length() - after.length();
                rest = after;
                if (!rest.isEmpty()) stack.add(new Level(col, no, rest.equals("-") || rest.startsWith("- ")));
            }
            Matcher k = KEY.matcher(rest);
            boolean keyed = k.find();
            String value = (keyed ? rest.substring(k.end()) : rest).stripLeading();
            if (value.startsWith("\"") || value.startsWith("'")) {
                if (closes(value, 1, value.charAt(0)) < 0) quoted = value.charAt(0);
            }
            boolean keyOpens = keyed && rest.substring(k.end()).strip().replaceFirst("^#.*", "").isEmpty();
            opened = rest.isEmpty() || keyOpens || k.hitEnd() && rest.strip().endsWith(":");
            if (!opened && BLOCK_SCALAR.matcher(rest).find() && rest.matches(".*:[ \\t]+[|>].*")) scalarOver = col;
            last = no;
        }
        return null;
    }

    /**
     * Where in {@code text} from {@code from} the quoted value {@code quote} opened ends (the index of its closing quote), or -1 where
     * it runs on to the next line: a double-quoted one skips \\-escapes, a single-quoted one its doubled ''.
     */
    private static int closes(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') i++;
                else return i;
            }
        }
        return -1;
    }

    /** A misfit line and what is wrong with it. */
    record Misfit(int line, String why) {
    }

    /** "8 (line 5), 6 (line 4) or 0 (line 1)", deepest first; {@code items}: those holding list items (true), keys (false), or all. */
    private static String depths(List<Level> levels, Boolean items) {
        List<String> out = new ArrayList<>();
        for (int i = levels.size() - 1; i >= 0; i--) {
            Level l = levels.get(i);
            if (items != null && !(items ? l.items : l.keys)) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).startsWith(l.spaces + " ")) continue;
            out.add(l.spaces + " (line " + l.line + ")");
        }
        if (out.isEmpty()) return "none";
        if (out.size() == 1) return out.get(0);
        return String.join(", ", out.subList(0, out.size() - 1)) + " or " + out.get(out.size() - 1);
    }

    /** Whether a [ or { opens on this line and closes on another (quoted text aside): a flow collection this does not follow. */
    private static boolean unclosed(String body) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                if (i == 0 || " \t[{,:".indexOf(body.charAt(i - 1)) >= 0) quote = c;
            } else if (c == '#' && (i == 0 || body.charAt(i - 1) == ' ')) {
                break;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depth > 0;
    }
}
