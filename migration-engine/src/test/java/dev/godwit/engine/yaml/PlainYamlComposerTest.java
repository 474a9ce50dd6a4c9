package dev.godwit.engine.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The shortcut composer against SnakeYAML itself: wherever it answers, its tree (node kinds, tags, values, styles, start
 * marks) must be the one SnakeYAML composes; where SnakeYAML refuses a text, it must not answer at all.
 */
class PlainYamlComposerTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Mutations of each small YAML file per run; -Dgodwit.yamlMutations=2000 for a long search. */
    private static final int MUTATIONS_PER_FILE = Integer.getInteger("godwit.yamlMutations", 12);

    @Test
    void everyYamlFileOfTheProjectComposesAsSnakeYamlComposesIt() throws IOException {
        List<Path> files = projectYamlFiles();
        assertTrue(files.size() > 50, "expected the project's YAML files under " + ROOT + ", found " + files.size());
        int shortcut = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (sameAsSnakeYaml(text, f.toString())) shortcut++;
            // The same file as Git checks it out on Windows with core.autocrlf: marks count the CR as SnakeYAML does.
            String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
            assertEquals(PlainYamlComposer.compose(text) != null, sameAsSnakeYaml(crlf, f + " with CRLF line ends"), f + " with CRLF line ends");
        }
        // The descriptors in the README's style all take the shortcut; a few files use block scalars or anchors.
        assertTrue(shortcut >= files.size() * 8 / 10, "only " + shortcut + " of " + files.size() + " files took the shortcut");
    }

    @Test
    void theReadmesDescriptorAndItsStyleTakeTheShortcut() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("```yaml\ntables:");
        assertTrue(from >= 0, "the README's descriptor example");
        String example = readme.substring(from + "```yaml\n".length(), readme.indexOf("```", from + 7));
        assertNotNull(PlainYamlComposer.compose(example), "the README's descriptor should not need SnakeYAML:\n" + example);
        sameAsSnakeYaml(example, "README.md");
        for (String f : List.of("src/it/verify-checks/schema.yaml", "src/it/apply-cascade-rebuild-local/schema-v2.yaml")) {
            String text = Files.readString(ROOT.resolve(f), StandardCharsets.UTF_8);
            assertNotNull(PlainYamlComposer.compose(text), f + " should not need SnakeYAML");
            sameAsSnakeYaml(text, f);
        }
    }

    @Test
    void scalarsAreTypedAsSnakeYamlTypesThem() {
        String[] values = {"yes", "No", "ON", "off", "true", "False", "y", "n", "~", "null", "Null", "NULL", "nul", "0", "-1", "+7", "0x1F",
            "0o17", "017", "1_000", "1:30", "190:20:30", "1.5", "-.5", ".inf", "-.Inf", ".NaN", "1e3", "6.8523015e+5", "2001-12-14",
            "2001-12-14t21:59:43.10-05:00", "(unixepoch())", "CURRENT_TIMESTAMP", "a b  c", "<<", "=", "-x", "x-", "é", "日本", "a?b",
            "a%b", "a@b", "a!b", "a&b", "a*b", "a|b", "a>b", "a'b", "a\"b", "a,b", "a]b", "a}b", "a-b", "-", "--", "-1.5e3"};
        int shortcut = 0;
        for (String v : values) {
            for (String doc : List.of("k: " + v + "\n", "- " + v + "\n", "m: {k: " + v + "}\n", "s: [" + v + ", x]\n", v + ": k\n",
                    "k: '" + v.replace("'", "''") + "'\n", "k: " + v + " # note\n")) {
                if (sameAsSnakeYaml(doc, doc)) shortcut++;
            }
        }
        assertTrue(shortcut > values.length * 4, "only " + shortcut + " documents took the shortcut");
    }

    @Test
    void shapesAroundTheSubsetsEdges() {
        List<String> docs = List.of(
            "a:\nb: 1\n", "a:\n  - x\n  - y\n", "a:\n- x\n", "a:   \n  b: 1\n", "a: # c\n  b: 1\n", "# head\n\na: 1\n\n# tail\n",
            "- a: 1\n  b: 2\n- c: 3\n", "- \n  a: 1\n", "-\n  - x\n", "- - x\n", "a: {b: 1, c: [x, {d: e}]}\n", "a: {}\n", "a: []\n",
            "a: [ ]\n", "a: {b: }\n", "a: {b: 1,}\n", "a: [x,]\n", "a: [x, y\n", "a: {b: c\n  , d: e}\n", "a: 'x\n  y'\n",
            "a: x\n  y\n", "a: |\n  x\n", "a: >\n  x\n", "a: &r x\nb: *r\n", "a: !!str 1\n", "---\na: 1\n", "a: 1\n...\n",
            "a: 1\n---\nb: 2\n", "%YAML 1.1\n---\na: 1\n", "a: 1\na: 2\n", "{a: 1}\n", "[a, b]\n", "x\n", "", "\n\n", "# only\n",
            "a: \"x\\ny\"\n", "a: \"x\\\"y\\\\z\"\n", "a: 'it''s'\n", "\"q k\": 1\n", "'q': 1\n", "a: b: c\n", "a:b\n", "a: b:c\n",
            "a: x#y\n", "a: x #y\n", "a: [x #y]\n", "a: 1\n b: 2\n", "  a: 1\n", "a:\n    b: 1\n  c: 2\n", "a:\n  b: 1\n c: 2\n",
            "? a\n: 1\n", "a: ? b\n", "a: {b: 1}: 2\n", "[a]: 1\n", "a: - b\n", "a:\n  - b\n  c: 1\n", "a: x\tb\n", "a: 1\r\nb: 2\r\n",
            "\uFEFFa: 1\n", "a: \u2028\n", "a: \u0085x\n", "a: 😀\n", "<<: {a: 1}\n", "a: {<<: {b: 1}}\n", "a: -\n", "a: [-]\n",
            "a: [-1, +2]\n", "a:     \"x\"   \n", "a: {b: \"c\", 'd': 'e'}\n", "a: [\"x\", 'y']\n", "a: \"unclosed\n",
            "a:\n  b:\n    c:\n      d: 1\n", "a: [[1, 2], [3]]\n", "a: {b: {c: {d: 1}}}\n", "a:\n\n  b: 1\n\n\nc: 2\n",
            "tables:\n  - name: t\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n      - name: v\n        type: text\n",
            // found by a grammar-based search against SnakeYAML: text ending inside a flow mapping, keys past SnakeYAML's
            // 1024-character limit, a document end marker after the first key
            "a: {", "- [{", "a: {b: 1,", "a: {b: 1, ", "k".repeat(1025) + ": v\n", "k".repeat(1024) + ": v\n",
            "- " + "k".repeat(1025) + ": v\n", "'" + "k".repeat(1023) + "': v\n", "'" + "k".repeat(1022) + "': v\n",
            "a: {" + "k".repeat(1025) + ": v}\n", "a: 1\n... b: 2\n", "a:\n... b:\n", "a:\n  b: 1\n... c: 2\n", "a: 1\n...: 2\n",
            "a: 1\n--- b\n", "a: 1\n...\n",
            "a: 1\r\nb:\r\n  - x\r\n  - {c: d}\r\n", "a: 'x'\r\n", "a: x # c\r\n\r\n# c\r\nb: 1", "a:\r\n  b: 1\r\n... c: 2\r\n",
            "a: 1\r\n...\r\n",
            // lists at their key's own indent
            "tables:\n- name: a\n  columns:\n  - {name: id, type: integer}\n  - {name: v, type: text}\n- name: b\n  columns: []\nviews: []\n",
            "a:\n- x\n- y\nb: 1\n", "a:\n- x\n  b: 1\n", "a:\n- x\n -1: y\n", "a:\n- x\n-1: y\n", "a:\n-\nb: 1\n", "- a:\n  - x\n  b: 2\n",
            "a:\n- x\nb:\n- y\n", "a:\n  b:\n  - x\n  c: 1\n", "a:\n- x\n# c\n\n- y\n", "a:\n- x\n- - y\n", "a:\n- x\n  - y\n", "a: 1\rb: 2\n", "a: 'x\r\n  y'\r\n", "a: x\r\n  y\r\n", "a:\r\nb: 1\r\n", "- \r\n  a: 1\r\n");
        for (String d : docs) sameAsSnakeYaml(d, d.replace("\n", "\\n"));
        assertNull(PlainYamlComposer.compose("a: |\n  x\n"), "block scalars are SnakeYAML's");
        assertNull(PlainYamlComposer.compose("a: 1\na: 2\n"), "a repeated key is SnakeYAML's to report");
        assertNotNull(PlainYamlComposer.compose("a: {b: 1, c: [x, {d: e}]}\n"));
        assertNotNull(PlainYamlComposer.compose("tables:\n- name: a\n  columns:\n  - {name: id, type: integer}\n"), "an indentless list is read");
    }

    @Test
    void aMappingWithManyKeysStillFindsARepeatedOne() {
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < 5000; i++) doc.append("k").append(i).append(": v\n");
        sameAsSnakeYaml(doc.toString(), "5000 keys");
        assertNotNull(PlainYamlComposer.compose(doc.toString()));
        assertNull(PlainYamlComposer.compose(doc + "k4321: again\n"), "the 5001st key repeats the 4322nd");
        assertNull(PlainYamlComposer.compose("a: {k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, "
                + "k13: 13, k14: 14, k15: 15, k16: 16, k17: 17, k3: 3}\n"));
    }

    @Test
    void mutationsOfRealDescriptorsNeverComposeDifferently() throws IOException {
        Random random = new Random(Long.getLong("godwit.yamlSeed", 20261201L));
        String palette = " \n\r:-#'\"{}[],&*!|>%@`\\?x0.~é";
        int shortcut = 0;
        int refusedBySnakeYaml = 0;
        int total = 0;
        for (Path f : projectYamlFiles()) {
            String original = Files.readString(f, StandardCharsets.UTF_8);
            if (original.length() > 4_000) continue;
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                String text = mutate(original, random, palette);
                if (random.nextInt(3) == 0) text = text.replace("\n", "\r\n");
                total++;
                Snake snake = Snake.compose(text);   // composed once: for the count and for the comparison
                if (snake.node() == null) refusedBySnakeYaml++;
                if (sameAsSnakeYaml(text, f + " mutated as:\n" + text, snake)) shortcut++;
            }
        }
        assertTrue(shortcut > total / 4, "only " + shortcut + " of " + total + " mutations took the shortcut");
        assertTrue(refusedBySnakeYaml > total / 20, "only " + refusedBySnakeYaml + " of " + total + " mutations were invalid YAML");
    }

    /** A descriptor of many tables, as a 500-table schema is written: one column style per table, comments, blank lines, views after. */
    private static String manyTables(int count, String listIndent) {
        StringBuilder y = new StringBuilder("# the schema\ntables:\n");
        for (int i = 0; i < count; i++) {
            String item = listIndent + "- ";
            String in = listIndent + "  ";
            y.append(item).append("name: t").append(i).append(i % 7 == 0 ? "   # every seventh\n" : "\n")
                    .append(in).append("columns:\n")
                    .append(in).append("  - {name: id, type: integer, primaryKey: true}\n")
                    .append(in).append("  - name: 'title ").append(i).append("'\n")
                    .append(in).append("    type: text\n")
                    .append(in).append("    default: \"it's \\\"").append(i).append("\\\"\"\n");
            if (i % 5 == 0) y.append("\n").append(listIndent).append("  # a comment between\n");
            if (i % 3 == 0) y.append(in).append("indexes: [{name: t").append(i).append("_idx, columns: [id]}]\n");
        }
        y.append("views:\n  - {name: v, as: \"select 1\"}\n");
        return y.toString();
    }

    /**
     * A long tables list is composed in two halves at once: the tree, every mark included, is SnakeYAML's, with the list at
     * column 2 or at the key's own column 0, with CRLF, and through mutations anywhere in it (a half that leaves the subset, or
     * a break at the split, makes the whole file go to SnakeYAML, as when it was composed whole).
     */
    @Test
    void aLongTablesListComposedInHalvesIsSnakeYamlsTree() {
        for (String indent : List.of("  ", "")) {
            String text = manyTables(150, indent);
            assertTrue(sameAsSnakeYaml(text, "150 tables, list indent '" + indent + "'"));
            assertTrue(sameAsSnakeYaml(text.replace("\n", "\r\n"), "150 tables with CRLF"));
            Node halves = PlainYamlComposer.composeOrFail(text, 100);
            assertEquals(150, ((SequenceNode) ((MappingNode) halves).getValue().get(0).getValueNode()).getValue().size());
        }
        Random random = new Random(Long.getLong("godwit.yamlSeed", 20261202L));
        String palette = " \n\r:-#'\"{}[],&*!|>%@`\\?x0.~é";
        String base = manyTables(12, "  ");
        int shortcut = 0;
        for (int i = 0; i < 400; i++) {
            if (sameAsSnakeYaml(mutate(base, random, palette), "a mutation of 12 tables")) shortcut++;
        }
        assertTrue(shortcut > 60, "only " + shortcut + " of 400 mutations took the shortcut");
    }

    private static String mutate(String text, Random random, String palette) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.deleteCharAt(at);
                case 1, 2 -> s.insert(at, palette.charAt(random.nextInt(palette.length())));
                case 3 -> { // indent or dedent a line
                    int lineStart = s.lastIndexOf("\n", at) + 1;
                    if (random.nextBoolean()) s.insert(lineStart, ' ');
                    else if (lineStart < s.length() && s.charAt(lineStart) == ' ') s.deleteCharAt(lineStart);
                }
                case 4 -> { // duplicate a line
                    int lineStart = s.lastIndexOf("\n", at) + 1;
                    int lineEnd = s.indexOf("\n", at);
                    if (lineEnd > 0) s.insert(lineStart, s.substring(lineStart, lineEnd + 1));
                }
                default -> s.setCharAt(at, palette.charAt(random.nextInt(palette.length())));
            }
        }
        return s.toString();
    }

    /** Asserts the shortcut either declines or composes exactly SnakeYAML's tree; says whether it answered. */
    /** SnakeYAML's tree of a text, or its refusal. */
    private record Snake(Node node, YAMLException refusal) {
        static Snake compose(String text) {
            try {
                return new Snake(YamlSchemaReader.composeWithSnakeYaml(text), null);
            } catch (YAMLException e) {
                return new Snake(null, e);
            }
        }
    }

    private static boolean sameAsSnakeYaml(String text, String what) {
        return sameAsSnakeYaml(text, what, null);
    }

    /** {@code composed}: SnakeYAML's answer for the text if the caller has it already, else null. */
    private static boolean sameAsSnakeYaml(String text, String what, Snake composed) {
        Node fast = PlainYamlComposer.composeOrFail(text); // a defect shows here; compose() would hide it behind SnakeYAML
        // and a tables list of two items or more in two halves at once: the same answer, the same tree
        Node halves = PlainYamlComposer.composeOrFail(text, 2);
        assertEquals(fast == null, halves == null, "composed in halves " + (halves == null ? "declined" : "answered") + " where whole it did not: " + what);
        if (fast == null) return false;
        assertSame(fast, halves, "$", "in halves: " + what);
        Snake snakes = composed != null ? composed : Snake.compose(text);
        if (snakes.refusal() != null) {
            fail("the shortcut composed what SnakeYAML refuses (" + snakes.refusal().getMessage() + "): " + what);
            return false;
        }
        Node snake = snakes.node();
        assertNotNull(snake, what);
        assertSame(snake, fast, "$", what);
        return true;
    }

    /**
     * Messages are built only for a node that differs: {@code what} can hold the whole mutated document, and building "... at
     * <path> in <document>" for every node of every document was most of this class's time.
     */
    private static void assertSame(Node expected, Node actual, String path, String what) {
        java.util.function.Supplier<String> where = () -> path + " in " + what;
        assertEquals(expected.getClass(), actual.getClass(), () -> "node kind at " + where.get());
        assertEquals(expected.getTag(), actual.getTag(), () -> "tag at " + where.get());
        assertMark(expected.getStartMark(), actual.getStartMark(), where);
        if (expected instanceof ScalarNode e) {
            ScalarNode a = (ScalarNode) actual;
            assertEquals(e.getValue(), a.getValue(), () -> "value at " + where.get());
            assertEquals(e.getScalarStyle(), a.getScalarStyle(), () -> "style at " + where.get());
        } else if (expected instanceof MappingNode e) {
            MappingNode a = (MappingNode) actual;
            assertEquals(e.getFlowStyle(), a.getFlowStyle(), () -> "flow style at " + where.get());
            assertEquals(e.getValue().size(), a.getValue().size(), () -> "entries at " + where.get());
            for (int i = 0; i < e.getValue().size(); i++) {
                NodeTuple et = e.getValue().get(i);
                NodeTuple at = a.getValue().get(i);
                assertSame(et.getKeyNode(), at.getKeyNode(), path + ".key" + i, what);
                assertSame(et.getValueNode(), at.getValueNode(), path + ".value" + i, what);
            }
        } else {
            SequenceNode e = (SequenceNode) expected;
            SequenceNode a = (SequenceNode) actual;
            assertEquals(e.getFlowStyle(), a.getFlowStyle(), () -> "flow style at " + where.get());
            assertEquals(e.getValue().size(), a.getValue().size(), () -> "items at " + where.get());
            for (int i = 0; i < e.getValue().size(); i++) assertSame(e.getValue().get(i), a.getValue().get(i), path + "[" + i + "]", what);
        }
    }

    private static void assertMark(Mark expected, Mark actual, java.util.function.Supplier<String> where) {
        if (expected.getLine() == actual.getLine() && expected.getColumn() == actual.getColumn() && expected.getIndex() == actual.getIndex()) return;
        assertEquals(expected.getLine() + ":" + expected.getColumn() + "@" + expected.getIndex(),
                actual.getLine() + ":" + actual.getColumn() + "@" + actual.getIndex(), () -> "start mark at " + where.get());
    }

    private static List<Path> projectYamlFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("src/it", "tools/oracle/cases", "migration-engine/src/test/resources", "demo", "maven-plugin/src")) {
            Path d = ROOT.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().collect(Collectors.toList()));
            }
        }
        return out;
    }
}
