package dev.godwit.engine.yaml;

import dev.godwit.engine.Background;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the node tree SnakeYAML composes, for the plain subset of YAML schema descriptors are written in: block mappings
 * and sequences (a sequence at its key's own indent too), one-line flow collections, one-line plain and quoted scalars,
 * comments, LF or CRLF line ends. For anything else (anchors, tags, block or multi-line scalars, escapes other than
 * {@code \"} and {@code \\}, tabs, several documents, errors) it returns null and the caller lets SnakeYAML compose the
 * file, so this is a shortcut, never a second reading of YAML.
 *
 * <p>Why: SnakeYAML's scanner, parser and composer cost about half a second of a cold JVM on a 500-table descriptor; this
 * reads it in a fifth of that. Scalars are typed by SnakeYAML's own {@link Resolver}; start marks (the line an error
 * names) are SnakeYAML's; end marks are the start marks (the schema reader does not read them). {@code PlainYamlComposerTest}
 * compares both on every YAML file of the project and on thousands of mutations of them.
 */
final class PlainYamlComposer {

    /** Thrown where the text leaves the subset; never escapes {@link #compose}. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();
    private static final Resolver RESOLVER = new Resolver();
    private static final int MAX_DEPTH = 40; // SnakeYAML refuses more than 50
    private static final int MAX_KEY_LENGTH = 1024; // SnakeYAML's scanner gives up on a longer key
    private static final int[] NO_BUFFER = new int[0];

    /** From how many items a top-level {@code tables:} list is composed, and then read, in two halves at once (see {@link #inHalves}). */
    static final int TABLES_IN_HALVES = 100;

    private final String text;
    private final int length;
    // Where this composer's text has a stretch of the file taken out (see inHalves): marks from shiftFrom on name the file's place.
    private final int shiftFrom;
    private final int shiftChars;
    private final int shiftLines;
    private int pos;
    private int line;
    private int lineStart;
    private int depth;
    private final Map<String, Tag> tags = new HashMap<>();

    private PlainYamlComposer(String text) {
        this(text, text.length(), Integer.MAX_VALUE, 0, 0);
    }

    private PlainYamlComposer(String text, int length, int shiftFrom, int shiftChars, int shiftLines) {
        this.text = text;
        this.length = length;
        this.shiftFrom = shiftFrom;
        this.shiftChars = shiftChars;
        this.shiftLines = shiftLines;
    }

    /** The document's root node as SnakeYAML would compose it, or null where this class does not handle the text. */
    static Node compose(String text) {
        try {
            return composeOrFail(text, TABLES_IN_HALVES);
        } catch (RuntimeException e) {
            return null; // a defect of this shortcut must not be the user's problem: SnakeYAML reads the file
        }
    }

    /** As {@link #compose}, but a defect shows as its exception (for the tests); never in halves. */
    static Node composeOrFail(String text) {
        return composeOrFail(text, Integer.MAX_VALUE);
    }

    /** As {@link #composeOrFail(String)}, a {@code tables:} list of {@code halvesFrom} items or more in two halves at once. */
    static Node composeOrFail(String text, int halvesFrom) {
        if (!allCharactersPlain(text) || hasDocumentMarker(text)) return null;
        Node halves = inHalves(text, halvesFrom);
        if (halves != null) return halves;
        try {
            return new PlainYamlComposer(text).document();
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * A long top-level {@code tables:} list composed in two halves at once: its items from the middle on, on another thread,
     * and here the file without them, whose marks past the gap are moved to the file's places; then the second half's items
     * are put after the first's. In this subset every construct is on one line, so the two read each line as one reading of
     * the whole file would, from the same state. Null (composed whole) where the list is not found or either half leaves the
     * subset. Why: the composer is interpreted in a fresh JVM, about 0.15 s for 500 tables, with a core to spare.
     */
    private static Node inHalves(String text, int halvesFrom) {
        TablesList list = TablesList.find(text);
        if (list == null || list.items().size() < Math.max(2, halvesFrom)) return null;
        int split = list.items().get(list.items().size() / 2);
        int end = list.end();
        int linesBefore = lineBreaks(text, 0, split);
        PlainYamlComposer second = new PlainYamlComposer(text, end, Integer.MAX_VALUE, 0, 0);
        second.pos = split + list.indent();   // at the item's "-"
        second.line = linesBefore;
        second.lineStart = split;
        second.depth = 1;   // the list's own depth is 2 in the whole file (the top-level mapping, then the list)
        try (Background<SequenceNode> later = Background.start("godwit-yaml-composer", () -> second.sequenceToEnd(list.indent()))) {
            Node root;
            try {
                root = new PlainYamlComposer(text.substring(0, split) + text.substring(end), text.length() - (end - split), split, end - split,
                        lineBreaks(text, split, end)).document();
            } catch (Unsupported e) {
                return null;
            }
            SequenceNode rest;
            try {
                rest = later.get();
            } catch (Unsupported e) {
                return null;
            }
            SequenceNode tables = root instanceof MappingNode m ? topLevelList(m) : null;
            if (tables == null) return null;
            tables.getValue().addAll(rest.getValue());
            return root;
        }
    }

    /** The value of the top-level {@code tables} key, when it is a block list. */
    private static SequenceNode topLevelList(MappingNode root) {
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("tables") && k.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                    && t.getValueNode() instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
                return s;
            }
        }
        return null;
    }

    /** The items of a block list at column {@code indent}, from the cursor to the end of the text (the second half's). */
    private SequenceNode sequenceToEnd(int indent) {
        SequenceNode s = blockSequence(indent, indent == 0);   // "tables:" with its items at its own column 0: ends at the next key
        skipBlankLines();
        if (pos < length) throw UNSUPPORTED;
        return s;
    }

    private static int lineBreaks(String text, int from, int to) {
        int n = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
        return n;
    }

    /**
     * Where the items of a top-level {@code tables:} block list start, found line by line: a line {@code tables:} at column 0,
     * then lines at one indent starting with {@code - } (blank and comment lines and deeper ones between them), up to the first
     * line less indented, or as indented without {@code - }.
     *
     * @param items where each item's line starts
     * @param end   where the line after the list starts (or the text's length)
     */
    private record TablesList(int indent, List<Integer> items, int end) {

        static TablesList find(String text) {
            int at = 0;
            int n = text.length();
            while (at < n && !isTablesKey(text, at)) {
                int lineEnd = text.indexOf('\n', at);
                if (lineEnd < 0) return null;
                at = lineEnd + 1;
            }
            if (at >= n) return null;
            int indent = -1;
            List<Integer> items = new ArrayList<>();
            for (at = text.indexOf('\n', at) + 1; at > 0 && at < n; ) {
                int lineEnd = text.indexOf('\n', at);
                int next = lineEnd < 0 ? n : lineEnd + 1;
                int col = 0;
                while (at + col < n && text.charAt(at + col) == ' ') col++;
                char c = at + col < n ? text.charAt(at + col) : '\n';
                boolean content = c != '\n' && c != '\r' && c != '#';
                if (content) {
                    boolean item = c == '-' && (at + col + 1 >= n || " \r\n".indexOf(text.charAt(at + col + 1)) >= 0);
                    if (indent < 0) {
                        if (!item) return null;
                        indent = col;
                    }
                    if (col < indent || col == indent && !item) return new TablesList(indent, items, at);
                    if (col == indent) items.add(at);
                }
                at = next;
            }
            return indent < 0 ? null : new TablesList(indent, items, n);
        }

        /** "tables:" at the start of the line, then only spaces, maybe a comment, up to the line's end. */
        private static boolean isTablesKey(String text, int at) {
            if (!text.startsWith("tables:", at)) return false;
            int i = at + 7;
            while (i < text.length() && text.charAt(i) == ' ') i++;
            return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '#' && text.charAt(i - 1) == ' ';
        }
    }

    /** Line feeds (CRLF too) and printable characters of the Basic Multilingual Plane only (no tabs, lone CR, NEL, LS, PS, BOM, surrogates). */
    private static boolean allCharactersPlain(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') continue;
            if (c >= 0xA0 && c < 0x2028 || c > 0x2029 && c < 0xD800 || c >= 0xE000 && c < 0xFEFF || c > 0xFEFF && c < 0xFFFE) continue;
            return false;
        }
        return true;
    }

    /** A line that starts with "---" or "..." and a blank: a document starts or ends there. */
    private static boolean hasDocumentMarker(String text) {
        int at = 0;
        while (true) {
            if ((text.startsWith("---", at) || text.startsWith("...", at))
                    && (at + 3 >= text.length() || text.charAt(at + 3) == ' ' || isLineBreak(text.charAt(at + 3)))) {
                return true;
            }
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0) return false;
            at = lineEnd + 1;
        }
    }

    private Node document() {
        skipBlankLines();
        if (pos >= length || column() != 0) throw UNSUPPORTED;
        char c = text.charAt(pos);
        if (c == '%') throw UNSUPPORTED;
        Node root = c == '-' && isBlankAt(pos + 1) ? blockSequence(0, false) : blockMapping(0);
        skipBlankLines();
        if (pos < length) throw UNSUPPORTED;
        return root;
    }

    // ---- block collections: the cursor is at the first key or "-", at column `indent` ----

    private MappingNode blockMapping(int indent) {
        enter();
        Mark start = mark();
        List<NodeTuple> tuples = new ArrayList<>();
        Keys keys = new Keys();
        while (true) {
            Node key = key(false);
            if (!keys.add(key)) throw UNSUPPORTED; // SnakeYAML says which key repeats
            pos++; // the ':'
            Mark empty = mark(); // where SnakeYAML puts an empty value: right after the ':'
            skipSpaces();
            Node value;
            if (atLineEnd()) {
                endLine();
                skipBlankLines();
                int next = pos < length ? column() : -1;
                if (next > indent) {
                    value = blockNode(next);
                } else if (next == indent && text.charAt(pos) == '-' && isBlankAt(pos + 1)) {
                    value = blockSequence(indent, true); // "key:" with its "- " items at the key's own indent
                } else {
                    value = new ScalarNode(RESOLVER.resolve(NodeId.scalar, "", true), "", empty, empty, DumperOptions.ScalarStyle.PLAIN);
                }
            } else {
                value = inlineValue();
                endLine();
                skipBlankLines();
            }
            tuples.add(new NodeTuple(key, value));
            if (pos >= length) break;
            int next = column();
            if (next < indent) break;
            if (next > indent) throw UNSUPPORTED; // a continued scalar or bad indentation
            if (text.charAt(pos) == '-' && isBlankAt(pos + 1)) throw UNSUPPORTED;
        }
        depth--;
        return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.BLOCK);
    }

    /** With {@code indentless}, the value of a mapping key at the same indent: it ends at the mapping's next key. */
    private SequenceNode blockSequence(int indent, boolean indentless) {
        enter();
        Mark start = mark();
        List<Node> items = new ArrayList<>();
        while (true) {
            pos++; // the '-'
            skipSpaces();
            if (atLineEnd()) {
                endLine();
                skipBlankLines();
                int next = pos < length ? column() : -1;
                if (next <= indent) throw UNSUPPORTED; // an empty item
                items.add(blockNode(next));
            } else {
                char c = text.charAt(pos);
                if (c == '-' && isBlankAt(pos + 1)) throw UNSUPPORTED; // "- - a"
                if (startsKey()) {
                    items.add(blockMapping(column()));
                } else {
                    items.add(inlineValue());
                    endLine();
                    skipBlankLines();
                }
            }
            if (pos >= length) break;
            int next = column();
            if (next < indent) break;
            if (next > indent) throw UNSUPPORTED;
            if (text.charAt(pos) != '-' || !isBlankAt(pos + 1)) {
                if (indentless) break;
                throw UNSUPPORTED;
            }
        }
        depth--;
        return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.BLOCK);
    }

    /** A collection that starts on its own line, at column `indent`. */
    private Node blockNode(int indent) {
        if (text.charAt(pos) == '-' && isBlankAt(pos + 1)) return blockSequence(indent, false);
        if (startsKey()) return blockMapping(indent);
        throw UNSUPPORTED; // a scalar on its own line (multi-line plain scalar) or a flow collection
    }

    /** Whether the cursor is at "key:" followed by a blank (a plain or quoted key); a key is on one line, so only pos moves. */
    private boolean startsKey() {
        int save = pos;
        try {
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                quoted(c);
            } else {
                if (c == '[' || c == '{') return false;
                if (!plainScalarEnd(false)) return false;
            }
            return pos < length && text.charAt(pos) == ':' && isBlankAt(pos + 1);
        } finally {
            pos = save;
        }
    }

    /** A key (plain or quoted scalar), leaving the cursor at its ':'. */
    private Node key(boolean flow) {
        if (pos >= length) throw UNSUPPORTED;
        int from = pos;
        char c = text.charAt(pos);
        Node key;
        if (c == '"' || c == '\'') {
            key = quoted(c);
        } else {
            Mark start = mark();
            if (!plainScalarEnd(flow)) throw UNSUPPORTED;
            key = plain(text.substring(from, pos), start);
        }
        if (pos >= length || text.charAt(pos) != ':' || !isBlankAt(pos + 1)) throw UNSUPPORTED;
        if (pos - from > MAX_KEY_LENGTH) throw UNSUPPORTED;
        if (!(key instanceof ScalarNode) || ((ScalarNode) key).getTag().equals(Tag.MERGE)) throw UNSUPPORTED;
        return key;
    }

    /** A value after "key: " or "- ", up to the end of the line (flow collection, quoted or plain scalar). */
    private Node inlineValue() {
        char c = text.charAt(pos);
        Node value;
        if (c == '{' || c == '[') {
            value = flowNode();
        } else if (c == '"' || c == '\'') {
            value = quoted(c);
        } else {
            Mark start = mark();
            int from = pos;
            if (!plainScalarEnd(false)) throw UNSUPPORTED;
            if (pos < length && text.charAt(pos) == ':') throw UNSUPPORTED; // "a: b: c"
            value = plain(text.substring(from, pos), start);
        }
        skipSpaces();
        if (!atLineEnd()) throw UNSUPPORTED;
        return value;
    }

    // ---- flow collections, all on one line ----

    private Node flowNode() {
        char c = text.charAt(pos);
        if (c == '{') return flowMapping();
        if (c == '[') return flowSequence();
        if (c == '"' || c == '\'') return quoted(c);
        Mark start = mark();
        int from = pos;
        if (!plainScalarEnd(true)) throw UNSUPPORTED;
        if (pos < length && text.charAt(pos) == ':') throw UNSUPPORTED; // a single-pair mapping inside a sequence
        return plain(text.substring(from, pos), start);
    }

    private MappingNode flowMapping() {
        enter();
        Mark start = mark();
        pos++; // '{'
        List<NodeTuple> tuples = new ArrayList<>();
        Keys keys = new Keys();
        skipSpaces();
        if (peek() == '}') throw UNSUPPORTED;
        while (true) {
            char c = peek();
            if (c == '{' || c == '[' || c == ',' || c == '}' || c == ':' || c == 0) throw UNSUPPORTED;
            Node key = key(true);
            if (!keys.add(key)) throw UNSUPPORTED;
            pos++; // ':'
            skipSpaces();
            c = peek();
            if (c == ',' || c == '}' || c == 0) throw UNSUPPORTED; // an empty value
            Node value = flowNode();
            tuples.add(new NodeTuple(key, value));
            if (closedAfterItem('}')) break;
        }
        depth--;
        return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.FLOW);
    }

    private SequenceNode flowSequence() {
        enter();
        Mark start = mark();
        pos++; // '['
        List<Node> items = new ArrayList<>();
        skipSpaces();
        if (peek() == ']') {
            pos++;
        } else {
            while (true) {
                char c = peek();
                if (c == ',' || c == ']' || c == '}' || c == ':' || c == 0) throw UNSUPPORTED;
                items.add(flowNode());
                if (closedAfterItem(']')) break;
            }
        }
        depth--;
        return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.FLOW);
    }

    /** After an item of a flow collection: past its ',' (false) or its closing bracket (true). */
    private boolean closedAfterItem(char close) {
        skipSpaces();
        char c = peek();
        pos++;
        if (c == close) return true;
        if (c != ',') throw UNSUPPORTED;
        skipSpaces();
        return false;
    }

    // ---- scalars ----

    /**
     * Moves the cursor to the end of a plain scalar that starts here (trailing spaces not included) and says whether it is
     * one this class reads: one line, no indicator first, no ':' inside it, '#' only as a comment after it.
     */
    private boolean plainScalarEnd(boolean flow) {
        char first = text.charAt(pos);
        if (isLineBreak(first) || first == ' ' || "?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) return false;
        if (first == '-' && !(pos + 1 < length && (Character.isLetterOrDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '.'))) return false;
        int lastNonSpace = pos;
        while (pos < length) {
            char c = text.charAt(pos);
            if (isLineBreak(c)) break;
            if (c == ':') {
                if (isBlankAt(pos + 1) || flow && isFlowIndicatorAt(pos + 1)) break;
                return false;
            }
            if (c == '#') {
                if (text.charAt(pos - 1) == ' ') break; // a comment
                return false; // '#' inside the scalar: SnakeYAML decides
            }
            if (flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) break;
            if (flow && c == '?') return false; // SnakeYAML reads it as an indicator in flow context
            if (c != ' ') lastNonSpace = pos;
            pos++;
        }
        pos = lastNonSpace + 1;
        return true;
    }

    private ScalarNode plain(String value, Mark start) {
        Tag tag = tags.computeIfAbsent(value, v -> RESOLVER.resolve(NodeId.scalar, v, true)); // descriptors repeat their words
        return new ScalarNode(tag, value, start, start, DumperOptions.ScalarStyle.PLAIN);
    }

    /** The keys of one mapping so far: a list while it is small (most are), a hash set past that. */
    private static final class Keys {
        private final List<String> few = new ArrayList<>(8);
        private Set<String> many;

        boolean add(Node key) {
            String value = ((ScalarNode) key).getValue();
            if (many != null) return many.add(value);
            if (few.contains(value)) return false;
            few.add(value);
            if (few.size() == 16) many = new HashSet<>(few);
            return true;
        }
    }

    /** A quoted scalar on one line; the cursor ends after its closing quote. */
    private ScalarNode quoted(char quote) {
        Mark start = mark();
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= length) throw UNSUPPORTED;
            char c = text.charAt(pos);
            if (isLineBreak(c)) throw UNSUPPORTED; // a folded line break
            if (c == quote) {
                if (quote == '\'' && pos + 1 < length && text.charAt(pos + 1) == '\'') {
                    value.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\\' && quote == '"') {
                char next = pos + 1 < length ? text.charAt(pos + 1) : 0;
                if (next != '"' && next != '\\') throw UNSUPPORTED;
                value.append(next);
                pos += 2;
                continue;
            }
            value.append(c);
            pos++;
        }
        DumperOptions.ScalarStyle style = quote == '"' ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.SINGLE_QUOTED;
        return new ScalarNode(Tag.STR, value.toString(), start, start, style);
    }

    // ---- the cursor ----

    private void enter() {
        if (++depth > MAX_DEPTH) throw UNSUPPORTED;
    }

    private char peek() {
        return pos < length ? text.charAt(pos) : 0;
    }

    private int column() {
        return pos - lineStart;
    }

    private Mark mark() {
        if (pos >= shiftFrom) return new Mark("reader", pos + shiftChars, line + shiftLines, pos - lineStart, NO_BUFFER, 0);
        return new Mark("reader", pos, line, pos - lineStart, NO_BUFFER, 0);
    }

    /** '\n', or the '\r' of a CRLF (a lone CR never gets past {@link #allCharactersPlain}). */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private boolean isBlankAt(int i) {
        return i >= length || text.charAt(i) == ' ' || isLineBreak(text.charAt(i));
    }

    private boolean isFlowIndicatorAt(int i) {
        if (i >= length) return false;
        char c = text.charAt(i);
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    private void skipSpaces() {
        while (pos < length && text.charAt(pos) == ' ') pos++;
    }

    /** At the end of the line, or at a comment (which needs a space before it). */
    private boolean atLineEnd() {
        if (pos >= length || isLineBreak(text.charAt(pos))) return true;
        return text.charAt(pos) == '#' && pos > lineStart && text.charAt(pos - 1) == ' ';
    }

    /** Past the rest of this line (a comment at most) and its line feed. */
    private void endLine() {
        while (pos < length && text.charAt(pos) != '\n') pos++;
        if (pos < length) {
            pos++;
            line++;
            lineStart = pos;
        }
    }

    /** Past blank and comment-only lines, to the first character of the next content line (after its indentation). */
    private void skipBlankLines() {
        while (pos < length) {
            skipSpaces();
            if (pos >= length) return;
            char c = text.charAt(pos);
            if (isLineBreak(c) || c == '#') {
                endLine();
                continue;
            }
            return;
        }
    }
}
