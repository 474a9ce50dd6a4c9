package dev.godwit.engine.yaml;

import dev.godwit.engine.Background;
import dev.godwit.engine.diff.ReferenceNames;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.ProblemOrder;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import dev.godwit.schema.model.SchemaValidator;
import dev.godwit.schema.model.SourceMap;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML schema descriptors (the format in the README) into the same model the Java DSL
 * builds, default names included. Works on SnakeYAML's node tree so every problem can name the
 * file, the line and the key; all problems are collected and reported together.
 */
public final class YamlSchemaReader {

    private static final List<String> TYPES = List.of("integer", "text", "real", "blob", "numeric");
    private static final List<String> TOP_KEYS = List.of("tables", "views");
    private static final List<String> TABLE_KEYS = List.of("name", "renamedFrom", "columns", "primaryKey", "indexes", "foreignKeys", "uniques", "checks");
    private static final List<String> COLUMN_KEYS = List.of("name", "type", "primaryKey", "autoincrement", "notNull", "unique", "default", "mode",
            "renamedFrom", "references", "enum", "generated", "length", "sqlType");
    private static final List<String> PK_KEYS = List.of("columns", "name");
    private static final List<String> INDEX_KEYS = List.of("name", "columns", "expressions", "keys", "unique", "where");
    private static final List<String> INDEX_KEY_KEYS = List.of("column", "expression");
    private static final List<String> FK_KEYS = List.of("name", "columns", "references", "onDelete", "onUpdate");
    private static final List<String> FK_TARGET_KEYS = List.of("table", "columns");
    private static final List<String> COLUMN_REF_KEYS = List.of("table", "column", "onDelete", "onUpdate", "name");
    private static final List<String> UNIQUE_KEYS = List.of("name", "columns");
    private static final List<String> CHECK_KEYS = List.of("name", "expression");
    private static final List<String> GENERATED_KEYS = List.of("as", "type");
    private static final List<String> DEFAULT_KEYS = List.of("sql");
    private static final List<String> VIEW_KEYS = List.of("name", "as", "existing", "renamedFrom");

    /** How many mapping entries and values a file's merge keys and JSON defaults may expand to through nested aliases. */
    static final int MAX_EXPANDED = 1_000_000;

    private YamlSchemaReader() {
    }

    /** An alias as a list item: {@code - *orgs} in a block list, {@code [*a, *b]} in a flow one. */
    private static final java.util.regex.Pattern ALIAS_ITEM = java.util.regex.Pattern.compile("(?m)(^[ \\t]*-[ \\t]+|[\\[,][ \\t]*)\\*");

    /** Thrown where nested aliases expand past {@link #MAX_EXPANDED}; reported at that node. */
    private static final class TooMuchExpansion extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Node at;

        TooMuchExpansion(Node at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    public static SchemaDef read(Path file) {
        return read(List.of(file));
    }

    /** Reads several descriptor files as one schema (tables in file order), validated together. */
    public static SchemaDef read(List<Path> files) {
        return read(files, SchemaDef.EMPTY);
    }

    /**
     * Reads descriptor files next to a schema from other sources (the Java classes), validated as one: a descriptor's
     * foreign key may reference a table declared in Java, and a table declared in both is named in both places.
     *
     * @param alongside the other sources' schema; its {@link SchemaDef#sources()} say where each of its tables and views was
     *                  declared ("class com.acme.Users (table "users")")
     * @return the tables of {@code alongside}, then the descriptors'
     */
    public static SchemaDef read(List<Path> files, SchemaDef alongside) {
        Reader r = new Reader();
        parseAll(r, files);
        return r.finish(alongside);
    }

    /**
     * As {@link #read(List, SchemaDef)} beside other sources (the Java classes) that failed to read: {@code unread} holds their
     * problems and the part of them read whole, if any. The descriptors are read and checked all the same, so that their problems
     * are said in the same run: by file and line ({@link ProblemOrder}), before the other sources', which name no file. A foreign
     * key to a table neither declares is not a problem here (it may be one of those that failed to read).
     *
     * @return the other sources' problems and the descriptors', and what of both was read whole
     */
    public static SchemaException readBeside(List<Path> files, SchemaException unread) {
        Reader r = new Reader();
        r.problems.addAll(unread.problems());
        r.alongsideIncomplete = true;
        parseAll(r, files);
        try {
            r.finish(unread.whole() == null ? SchemaDef.EMPTY : unread.whole());
        } catch (SchemaException all) {
            return all;
        }
        throw new IllegalStateException("read beside sources with problems, yet none found");   // finish throws where there are any
    }

    private static void parseAll(Reader r, List<Path> files) {
        for (Path f : files) {
            String content;
            try {
                content = utf8(f, r.problems);
            } catch (java.nio.file.NoSuchFileException e) {
                r.problems.add("cannot read schema file " + f + ": it does not exist; fix the path in <schema> / -Ddb.schema");
                continue;
            } catch (IOException e) {
                r.problems.add("cannot read schema file " + f + ": " + e.getMessage());
                continue;
            }
            if (content == null) continue;
            r.parse(content, f.getFileName().toString());
        }
    }

    /**
     * The file's text, or null with a problem naming the line of the first byte that is not UTF-8 (a descriptor saved as Latin-1,
     * Windows-1252 or UTF-16): Java's own message for it is "Input length = 1".
     */
    private static String utf8(Path f, List<String> problems) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            problems.add(f.getFileName() + " line " + line + ": not UTF-8 text (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                    + " at offset " + in.position() + " of " + f + "); save the file as UTF-8 (it was written in another encoding, e.g."
                    + " Latin-1, Windows-1252 or UTF-16)");
            return null;
        }
        // UTF-16 without a byte order mark decodes as UTF-8 (its ASCII letters' zero bytes are NUL), then failed as "not valid
        // YAML: special characters are not allowed", with no line and no word of the encoding
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != 0) continue;
            int line = 1;
            for (int k = 0; k < i; k++) if (bytes[k] == '\n') line++;
            problems.add(f.getFileName() + " line " + line + ": not UTF-8 text (a zero byte at offset " + i + " of " + f + ", as UTF-16 without"
                    + " a byte order mark has in every ASCII letter); save the file as UTF-8");
            return null;
        }
        return out.flip().toString();
    }

    public static SchemaDef read(String content, String fileName) {
        return read(content, fileName, PlainYamlComposer.TABLES_IN_HALVES);
    }

    /** As {@link #read(String, String)}, reading the tables in two halves at once from {@code halvesFrom} of them (for the tests). */
    static SchemaDef read(String content, String fileName, int halvesFrom) {
        Reader r = new Reader();
        r.halvesFrom = halvesFrom;
        r.parse(content, fileName);
        return r.finish();
    }

    /** SnakeYAML's node tree of a document, for what {@link PlainYamlComposer} leaves to it. */
    static Node composeWithSnakeYaml(String content) {
        return new Yaml(new SafeConstructor(snakeYamlOptions())).compose(new StringReader(content));
    }

    /**
     * The items of the top-level {@code tables:} list that are aliases ({@code - *orgs}), by their place in the list: the line
     * of the alias and its anchor's name. SnakeYAML composes an alias as its anchor's node, whose line is the anchor's; a
     * table repeated by an alias would be reported at the line it repeats, "also declared at" that very line.
     */
    static Map<Integer, String> tableAliases(String content) {
        Map<Integer, String> out = new HashMap<>();
        record Frame(boolean mapping, int[] count, String key) {
        }
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        String lastKey = null;
        for (org.yaml.snakeyaml.events.Event e : new Yaml(new SafeConstructor(snakeYamlOptions())).parse(new StringReader(content))) {
            boolean start = e instanceof org.yaml.snakeyaml.events.CollectionStartEvent;
            boolean item = start || e instanceof org.yaml.snakeyaml.events.ScalarEvent || e instanceof org.yaml.snakeyaml.events.AliasEvent;
            if (e instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                stack.pop();
                continue;
            }
            if (!item) continue;
            Frame parent = stack.peek();
            String key = null;   // the key this item is the value of, in the top-level mapping
            if (parent != null) {
                int n = parent.count()[0]++;
                if (parent.mapping() && n % 2 == 0) lastKey = e instanceof org.yaml.snakeyaml.events.ScalarEvent sc ? sc.getValue() : null;
                else if (parent.mapping() && stack.size() == 1) key = lastKey;
                if (!parent.mapping() && "tables".equals(parent.key()) && e instanceof org.yaml.snakeyaml.events.AliasEvent a) {
                    out.put(n, "line " + (a.getStartMark().getLine() + 1) + ", *" + a.getAnchor());
                }
            }
            if (start) stack.push(new Frame(e instanceof org.yaml.snakeyaml.events.MappingStartEvent, new int[1], key));
        }
        return out;
    }

    private static LoaderOptions snakeYamlOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // SnakeYAML refuses a 51st alias of a mapping or list ("Number of aliases for non-scalar nodes exceeds the specified
        // max=50"), a guard against alias bombs when constructing Java objects; a descriptor that shares one column definition
        // (- *id) across 51 tables is ordinary. The reader walks nodes, not copies: where aliases nest, it counts what it
        // visits (MAX_EXPANDED) instead.
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        // SnakeYAML's 3 Mi code point guard is for untrusted input; a descriptor is the project's own file, and one of
        // about 3,500 tables passes it.
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    /** One run over one or more files: accumulates tables, views, problems and where things were declared. */
    private static final class Reader {
        final List<String> problems = new ArrayList<>();
        final List<TableDef> tables = new ArrayList<>();
        final List<ViewDef> views = new ArrayList<>();
        final Map<String, String> tableWhere = new HashMap<>();
        final Map<String, String> columnWhere = new HashMap<>();
        /** Table-level foreign keys' places, by table and key name (a column's own {@code references} is at the column). */
        final Map<String, String> foreignKeyWhere = new HashMap<>();
        final Map<String, String> viewWhere = new HashMap<>();
        /** Indexes', checks', foreign keys' and primary keys' places in declaration order, by {@link SourceMap#entryKey}. */
        final Map<String, List<String>> entryWhere = new HashMap<>();
        final Map<String, String> firstLine = new HashMap<>();   // "s.yaml line 2" of each table and column name as written, to name it again
        // foreign keys without a name of their own: their default name is made again once the target is spelled as declared
        final Set<ForeignKeyDef> defaultNamed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Tables ({@link SqliteNames#key}) whose reading found a problem, so that the validator leaves out what needs them whole. */
        final Set<String> incomplete = new java.util.HashSet<>();
        /** The files read, in order: problems are listed by file, then line. */
        final List<String> files = new ArrayList<>();
        String file;
        /** The top-level tables list's items that are aliases: "line 7, *orgs" by their place in the list (see {@link #tableAliases(String)}). */
        Map<Integer, String> tableAliases = Map.of();
        int halvesFrom = PlainYamlComposer.TABLES_IN_HALVES;
        int expanded;   // values visited by merge keys and JSON defaults (see MAX_EXPANDED)
        /** The sources read beside the descriptors failed in part: a table neither declares may be theirs ({@link #readBeside}). */
        boolean alongsideIncomplete;

        void expand(Node n) {
            if (++expanded > MAX_EXPANDED) throw new TooMuchExpansion(n);
        }

        SchemaDef finish() {
            return finish(SchemaDef.EMPTY);
        }

        SchemaDef finish(SchemaDef alongside) {
            Map<String, String> declaredAlongside = new HashMap<>();
            for (TableDef t : alongside.tables()) {
                declaredAlongside.put(SqliteNames.key(t.name()), alongside.sources().table(t.name()));
            }
            List<TableDef> own = new ArrayList<>();
            for (TableDef t : tables) {
                String other = declaredAlongside.get(SqliteNames.key(t.name()));
                if (other == null) own.add(t);   // else left out: said here, the validator would say it again
                if (other != null) {
                    problems.add(tableWhere.get(t.name()) + ": duplicate table name \"" + t.name() + "\", also declared by " + other
                            + "; each table needs its own name (declare it in one place: the YAML descriptor or the Java classes)");
                }
            }
            List<TableDef> allTables = new ArrayList<>(alongside.tables());
            allTables.addAll(own);
            List<ViewDef> allViews = new ArrayList<>(alongside.views());
            allViews.addAll(views);
            // {table: USERS, column: ID} is table "users", column "id" to SQLite: kept (snapshot, validation) as declared there
            SchemaDef schema = defaultNamesAsSpelled(allTables, ReferenceNames.spelledAsDeclared(new SchemaDef(allTables, allViews)));
            // What the descriptors do not declare was declared beside them: a Java class's table, column or view, named by its class
            SourceMap sources = SourceMap.of(tableWhere, columnWhere, viewWhere, foreignKeyWhere, entryWhere, alongside.sources());
            if (!problems.isEmpty()) {
                // the rest is checked too (what needs a refused part left out), so that every problem is said in one run
                List<String> all = new ArrayList<>(problems);
                all.addAll(SchemaValidator.problems(schema, sources, refused(schema)));
                SchemaDef whole = new SchemaDef(schema.tables().stream().filter(t -> !incomplete.contains(SqliteNames.key(t.name()))).toList(),
                        incomplete.isEmpty() && !alongsideIncomplete ? schema.views() : List.of());
                throw new SchemaException(ProblemOrder.byFileAndLine(all, files), whole.withSources(sources), files);
            }
            SchemaValidator.validate(schema, sources);
            return schema.withSources(sources);
        }

        /**
         * The tables whose declaration was refused in part or whole, for the validator: {@link #incomplete}, and, where the sources
         * beside failed in part, every table {@code schema} does not declare.
         */
        private Set<String> refused(SchemaDef schema) {
            if (!alongsideIncomplete) return incomplete;
            Set<String> declared = new java.util.HashSet<>();
            for (TableDef t : schema.tables()) declared.add(SqliteNames.key(t.name()));
            // the validator asks of declared tables and of the tables foreign keys reference: those not declared are added
            Set<String> out = new java.util.HashSet<>(incomplete);
            for (TableDef t : schema.tables()) {
                for (ForeignKeyDef fk : t.foreignKeys()) {
                    String target = SqliteNames.key(fk.refTable());
                    if (!declared.contains(target)) out.add(target);
                }
            }
            return out;
        }

        /**
         * {@code spelled} with each default-named foreign key named after its target as declared ({table: USERS, column: ID}
         * is posts_user_id_users_id_fk, as the same schema spelled as declared): {@code spelled} keeps the tables and keys of
         * {@code given} in their order.
         */
        private SchemaDef defaultNamesAsSpelled(List<TableDef> given, SchemaDef spelled) {
            List<TableDef> tables = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                TableDef t = spelled.tables().get(i);
                List<ForeignKeyDef> fks = new ArrayList<>();
                for (int j = 0; j < t.foreignKeys().size(); j++) {
                    ForeignKeyDef fk = t.foreignKeys().get(j);
                    fks.add(!defaultNamed.contains(given.get(i).foreignKeys().get(j)) ? fk : new ForeignKeyDef(
                            ForeignKeyDef.defaultName(fk.table(), fk.columns(), fk.refTable(), fk.refColumns()), fk.table(), fk.columns(),
                            fk.refTable(), fk.refColumns(), fk.onDelete(), fk.onUpdate()));
                }
                tables.add(fks.equals(t.foreignKeys()) ? t : t.withForeignKeys(fks));
            }
            return tables.equals(spelled.tables()) ? spelled : new SchemaDef(tables, spelled.views());
        }

        void parse(String content, String fileName) {
            this.file = fileName;
            files.add(fileName);
            Node root = PlainYamlComposer.compose(content);   // null: not plain YAML, SnakeYAML reads it (and reports errors)
            if (root == null) {
                try {
                    root = composeWithSnakeYaml(content);
                    // a second pass over SnakeYAML's events, only for a file with a list item that is an alias (- *orgs, [*a, *b])
                    if (ALIAS_ITEM.matcher(content).find()) tableAliases = tableAliases(content);
                } catch (MarkedYAMLException e) {
                    int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
                    // a line indented unlike those above it is the usual cause: named, SnakeYAML's words after
                    Indentation.Misfit misfit = line > 0 ? Indentation.find(content, line) : null;
                    problems.add(misfit != null ? file + " line " + misfit.line() + ": not valid YAML: " + misfit.why() + " (SnakeYAML: " + e.getProblem() + ")"
                            : file + " line " + line + ": not valid YAML: " + e.getProblem());
                    return;
                } catch (org.yaml.snakeyaml.reader.ReaderException e) {
                    // a character YAML does not allow in a file (a control character, U+FFFF): SnakeYAML names no line, only its place
                    problems.add(file + " line " + lineAt(content, e.getPosition()) + ": not valid YAML: the character "
                            + String.format("U+%04X", e.getCodePoint()) + ", which YAML does not allow in a file; remove it, or write it as an"
                            + " escape in a double-quoted string (\"\\u" + String.format("%04x", e.getCodePoint()) + "\")");
                    return;
                } catch (YAMLException e) {
                    problems.add(file + ": not valid YAML: " + e.getMessage());
                    return;
                }
            }
            if (root == null) {
                problems.add(file + ": the file is empty; it needs a \"tables:\" list");
                return;
            }
            Map<String, Node> top = mapping(root, "the top level", TOP_KEYS);
            if (top == null) return;
            Node tablesNode = top.get("tables");
            if (tablesNode == null && !top.containsKey("views")) {
                problems.add(at(root) + "no \"tables\" list (the file declares nothing)");
            }
            try {
                readTables(sequence(tablesNode, "\"tables\""));
                for (Node v : sequence(top.get("views"), "\"views\"")) view(v);
            } catch (TooMuchExpansion e) {
                problems.add(at(e.at) + "the aliases (*name) here, nested in one another, repeat their anchors' content more than "
                        + MAX_EXPANDED + " times (an alias bomb?); write the values out, or nest fewer aliases");
            }
        }

        /**
         * Reads the tables; a long list in two halves at once, the second on another thread: a fresh JVM interprets this code,
         * about 0.2 s for 500 tables, with a core to spare. The halves are put together only when the second read without a
         * problem and declares no name the first does; otherwise it is read again here, after the first, so that problems and
         * duplicates are found and worded as one reading in order finds them.
         */
        private void readTables(List<Node> nodes) {
            if (nodes.size() < halvesFrom) {
                for (int i = 0; i < nodes.size(); i++) table(nodes.get(i), tableAliases.get(i));
                return;
            }
            int half = nodes.size() / 2;
            Reader other = new Reader();
            other.file = file;
            boolean joined = false;
            try (Background<Boolean> reading = Background.start("godwit-yaml-reader", () -> {
                for (int i = half; i < nodes.size(); i++) other.table(nodes.get(i), tableAliases.get(i));
                return true;
            })) {
                for (int i = 0; i < half; i++) table(nodes.get(i), tableAliases.get(i));
                try {
                    joined = reading.get() && other.problems.isEmpty() && java.util.Collections.disjoint(firstLine.keySet(), other.firstLine.keySet());
                } catch (RuntimeException | StackOverflowError e) {
                    joined = false;   // read again below, where it fails as it would have
                }
            }
            if (!joined) {
                for (int i = half; i < nodes.size(); i++) table(nodes.get(i), tableAliases.get(i));
                return;
            }
            tables.addAll(other.tables);
            other.tableWhere.forEach(tableWhere::putIfAbsent);
            other.columnWhere.forEach(columnWhere::putIfAbsent);
            other.foreignKeyWhere.forEach(foreignKeyWhere::putIfAbsent);
            other.entryWhere.forEach(entryWhere::putIfAbsent);
            firstLine.putAll(other.firstLine);
            defaultNamed.addAll(other.defaultNamed);
        }

        /** A table; {@code alias} is "line 7, *orgs" where the list's item is an alias of a table declared elsewhere, else null. */
        private void table(Node node, String alias) {
            int had = problems.size();
            Map<String, Node> m = mapping(node, "a table", TABLE_KEYS);
            if (m == null) return;
            String name = requiredString(m, "name", node, "table");
            if (name == null) return;
            String what = "table \"" + name + "\"";
            // an alias (- *orgs) is its anchor's node, at the anchor's line: named at its own
            String here = alias != null ? file + " " + alias.substring(0, alias.indexOf(',')) : file + " line " + line(node);
            String first = firstLine.putIfAbsent(name, here);
            if (first != null) {
                // the validator would place both at the first (its places are by name): said here, and the table left out
                problems.add(here + " (" + what + "): duplicate table name \"" + name + "\", also declared at " + first
                        + (alias != null ? " (the alias " + alias.substring(alias.indexOf(", ") + 2) + " here repeats that table)" : "")
                        + "; each table needs its own name");
                return;
            }
            tableWhere.putIfAbsent(name, here + " (" + what + ")");
            String renamedFrom = optionalString(m, "renamedFrom", what);

            List<ColumnDef> columns = new ArrayList<>();
            List<IndexDef> columnUniques = new ArrayList<>();
            List<ForeignKeyDef> columnFks = new ArrayList<>();
            Node columnsNode = m.get("columns");
            // a key taken for a typo of "columns" was said already, with the name it meant: a second error would only repeat it
            if (columnsNode == null && !mistypedKey(node, "columns")) problems.add(at(node) + what + " has no \"columns\"");
            for (Node c : sequence(columnsNode, "\"columns\" of " + what)) {
                ColumnDef col = column(c, name, columnUniques, columnFks);
                if (col != null) columns.add(col);
            }

            PrimaryKeyDef pk = null;
            Node pkNode = m.get("primaryKey");
            if (pkNode != null) {
                Map<String, Node> p = mapping(pkNode, "\"primaryKey\" of " + what, PK_KEYS);
                if (p != null) {
                    List<String> cols = asDeclared(stringList(p.get("columns"), "\"primaryKey.columns\" of " + what, pkNode, true), columns);
                    String pkName = optionalString(p, "name", "\"primaryKey\" of " + what);
                    if (cols.size() == 1 && pkName == null && columns.stream().anyMatch(c -> c.name().equals(cols.get(0)))) {
                        // As the DSL does: a one-column primaryKey is that column's own key (one naming no column is kept, for the
                        // validator to name, rather than dropped).
                        columns.replaceAll(c -> c.name().equals(cols.get(0)) ? c.withPrimaryKey(true) : c);
                    } else if (!cols.isEmpty()) {
                        pk = new PrimaryKeyDef(pkName != null ? pkName : PrimaryKeyDef.defaultName(name, cols), cols);
                        entry(name, "primary key", pk, pk.name(), pkNode);
                    }
                }
            }

            // column uniques, indexes, then unique constraints, whichever key comes first: drizzle-kit's snapshot order
            List<IndexDef> indexes = new ArrayList<>(columnUniques);
            for (Node i : sequence(m.get("indexes"), "\"indexes\" of " + what)) {
                IndexDef idx = index(i, what, columns);
                if (idx != null) indexes.add(entry(name, "index", idx, idx.name(), i));
            }
            for (Node u : sequence(m.get("uniques"), "\"uniques\" of " + what)) {
                Map<String, Node> um = mapping(u, "a unique constraint of " + what, UNIQUE_KEYS);
                if (um == null) continue;
                List<String> cols = asDeclared(stringList(um.get("columns"), "\"columns\" of a unique constraint of " + what, u, true), columns);
                String n = optionalString(um, "name", "a unique constraint of " + what);
                if (!cols.isEmpty()) {
                    IndexDef idx = IndexDef.onColumns(n != null ? n : IndexDef.defaultUniqueName(name, cols), cols, true, null);
                    indexes.add(entry(name, "index", idx, idx.name(), u));
                }
            }

            List<ForeignKeyDef> fks = new ArrayList<>(columnFks);
            for (Node f : sequence(m.get("foreignKeys"), "\"foreignKeys\" of " + what)) {
                ForeignKeyDef fk = foreignKey(f, name, what, columns);
                if (fk != null) fks.add(fk);
            }
            List<CheckDef> checks = new ArrayList<>();
            for (Node c : sequence(m.get("checks"), "\"checks\" of " + what)) {
                Map<String, Node> cm = mapping(c, "a check of " + what, CHECK_KEYS);
                if (cm == null) continue;
                String n = requiredString(cm, "name", c, "check of " + what);
                String expr = requiredString(cm, "expression", c, "check of " + what);
                if (n != null && expr != null) checks.add(entry(name, "check", new CheckDef(n, expr), n, c));
            }
            if (problems.size() > had) incomplete.add(SqliteNames.key(name));
            tables.add(new TableDef(name, columns, pk, indexes, fks, checks, renamedFrom));
        }

        private ColumnDef column(Node node, String table, List<IndexDef> uniques, List<ForeignKeyDef> fks) {
            Map<String, Node> m = mapping(node, "a column of table \"" + table + "\"", COLUMN_KEYS);
            if (m == null) return null;
            String name = requiredString(m, "name", node, "column of table \"" + table + "\"");
            if (name == null) return null;
            String what = "column \"" + name + "\" of table \"" + table + "\"";
            String here = file + " line " + line(node);
            String first = firstLine.putIfAbsent(SourceMap.key(table, name), here);
            if (first != null) {
                problems.add(here + " (column \"" + table + "\".\"" + name + "\"): duplicate column name \"" + name + "\" in table \"" + table
                        + "\", also declared at " + first);
                return null;
            }
            columnWhere.putIfAbsent(SourceMap.key(table, name), here + " (column \"" + table + "\".\"" + name + "\")");
            // sqlType: any SQL type text, as column(name, sqlType) in Java ("varchar(255)", "text collate nocase"); "type" stays
            // one of the five, so a typo there (intger) is still refused rather than taken for a type of its own
            String sqlType = m.containsKey("sqlType") ? requiredString(m, "sqlType", node, what) : null;
            if (sqlType != null && m.containsKey("type")) {
                problems.add(at(m.get("sqlType")) + what + " gives both \"type\" and \"sqlType\": keep one (\"type\" for " + String.join(", ", TYPES)
                        + ", \"sqlType\" for any other SQL type text)");
                return null;
            }
            if (sqlType != null && m.containsKey("length")) {
                problems.add(at(m.get("length")) + "\"length\" of " + what + " applies to type: text; with \"sqlType\" write the length in it"
                        + " (sqlType: \"varchar(20)\")");
                return null;
            }
            String badType = sqlType == null ? null : dev.godwit.schema.model.SqlTypeName.problem(sqlType);
            if (badType != null) {
                problems.add(at(m.get("sqlType")) + "\"sqlType\" of " + what + ": " + badType);
                return null;
            }
            String typeText = sqlType != null || m.containsKey("sqlType") ? null : requiredString(m, "type", node, what);
            String type = sqlType;
            if (typeText != null) {
                type = typeText.strip().toLowerCase(Locale.ROOT);
                if (!TYPES.contains(type)) {
                    // a typo of one of the five gets no pointer to sqlType, which would take it as written
                    String other = dev.godwit.schema.model.Typos.nearest(type, TYPES).isEmpty()
                            ? "; for another SQL type write sqlType: \"" + typeText.strip() + "\" instead of type" : "";
                    problems.add(at(m.get("type")) + "\"type\" of " + what + " must be one of " + String.join(", ", TYPES) + ", not \"" + typeText + "\"" + other);
                    type = null;
                }
            }
            boolean pk = bool(m, "primaryKey", what);
            boolean notNull = bool(m, "notNull", what) || pk;
            boolean autoincrement = bool(m, "autoincrement", what);
            // sqlType's base name ("TEXT COLLATE NOCASE" is text, "varchar(10)" varchar): mode, enum and a default go by it, as
            // Java's column(name, sqlType) and the schema's validation take them
            String baseType = sqlType != null ? dev.godwit.schema.model.SchemaValidator.baseType(sqlType) : type;
            Node lengthNode = m.get("length");
            if (lengthNode != null && type != null) {
                Long len = integer(lengthNode, "\"length\" of " + what);
                if (!"text".equals(type)) problems.add(at(lengthNode) + "\"length\" of " + what + " applies to text columns only, not " + type);
                else if (len != null) type = "text(" + len + ")";
            }
            ColumnMode mode = null;
            String modeText = optionalString(m, "mode", what);
            if (modeText != null) {
                mode = ColumnMode.fromKey(modeText);
                if (mode == null || (baseType != null && !mode.appliesTo(baseType))) {
                    List<String> valid = new ArrayList<>();
                    for (ColumnMode cm : ColumnMode.values()) if (baseType != null && cm.appliesTo(baseType)) valid.add(cm.key());
                    problems.add(at(m.get("mode")) + "\"mode\" of " + what + " cannot be \"" + modeText + "\""
                            + (baseType != null ? "; for " + baseType + " columns use one of: " + String.join(", ", valid) : ""));
                    mode = null;
                }
            }
            List<String> enumValues = m.containsKey("enum") ? stringList(m.get("enum"), "\"enum\" of " + what, node, true) : List.of();
            if (!enumValues.isEmpty() && baseType != null && !textAffinity(baseType)) {
                // drizzle's enum is text's alone, and TypeScript-only (no CHECK): on another column it would mean nothing
                problems.add(at(m.get("enum")) + "\"enum\" of " + what + " applies to text columns only (as drizzle's text({enum}); it adds no"
                        + " CHECK); to hold " + ("integer".equals(baseType) ? "an " : "a ") + baseType + " column to some values, leave enum out and"
                        + " add a check to the table: checks: [{name: " + table + "_" + name + "_check, expression: \"" + name + " IN ("
                        + String.join(", ", enumValues.stream().map(v -> v.matches("[-+]?[0-9]+(\\.[0-9]+)?") ? v : Quoting.literal(v)).toList()) + ")\"}]");
                enumValues = List.of();
            }
            DefaultValue dflt = m.containsKey("default") ? defaultValue(m.get("default"), baseType, mode, what) : null;
            if (dflt != null && type != null && literal(m.get("default"), mode)) {
                // as Java's defaultValue(...): a literal of another type than the column ('abc' on an integer); {sql: ...} is kept as written
                String misfit = dev.godwit.schema.model.LiteralDefaults.problem(type, mode, dflt, dev.godwit.schema.model.LiteralDefaults.Syntax.YAML);
                if (misfit != null) {
                    problems.add(at(m.get("default")) + "\"default\" of " + what + ": " + misfit);
                    dflt = null;
                }
            }
            Generated generated = null;
            Node g = m.get("generated");
            if (g != null) {
                Map<String, Node> gm = mapping(g, "\"generated\" of " + what, GENERATED_KEYS);
                if (gm != null) {
                    String as = requiredString(gm, "as", g, "\"generated\" of " + what);
                    String gt = optionalString(gm, "type", "\"generated\" of " + what);
                    Generated.Type gType = Generated.Type.VIRTUAL;
                    if (gt != null) {
                        switch (gt.strip().toLowerCase(Locale.ROOT)) {
                            case "stored" -> gType = Generated.Type.STORED;
                            case "virtual" -> gType = Generated.Type.VIRTUAL;
                            default -> problems.add(at(gm.get("type")) + "\"generated.type\" of " + what + " must be stored or virtual, not \"" + gt + "\"");
                        }
                    }
                    if (as != null) generated = Generated.of(as, gType);
                }
            }
            Node unique = m.get("unique");
            if (unique != null) {
                if (unique instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
                    if (parseBool(s.getValue())) uniques.add(columnEntry(table, name, "index", IndexDef.onColumns(IndexDef.defaultUniqueName(table, List.of(name)), List.of(name), true, null)));
                } else if (unique instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
                    // unique: 1 once made an index named "1": a number is no name anyone means (1 for true, 0 for false: C's habit)
                    String meant = zero(s.getValue()) ? "write unique: false (or leave \"unique\" out) for no unique index"
                            : "write unique: true for a unique index named after the column";
                    problems.add(at(unique) + "\"unique\" of " + what + " is " + s.getValue() + ", a number: " + meant
                            + ", or unique: <index name> (quote a name made of digits: unique: '" + s.getValue() + "')");
                } else if (unique instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
                    uniques.add(columnEntry(table, name, "index", IndexDef.onColumns(s.getValue(), List.of(name), true, null)));
                } else {
                    problems.add(at(unique) + "\"unique\" of " + what + " must be true, false or an index name");
                }
            }
            Node ref = m.get("references");
            if (ref != null) {
                Map<String, Node> rm = mapping(ref, "\"references\" of " + what, COLUMN_REF_KEYS);
                if (rm != null) {
                    String refTable = requiredString(rm, "table", ref, "\"references\" of " + what);
                    String refColumn = requiredString(rm, "column", ref, "\"references\" of " + what);
                    String n = optionalString(rm, "name", "\"references\" of " + what);
                    FkAction onDelete = action(rm, "onDelete", "\"references\" of " + what);
                    FkAction onUpdate = action(rm, "onUpdate", "\"references\" of " + what);
                    if (refTable != null && refColumn != null) {
                        ForeignKeyDef fk = new ForeignKeyDef(n != null ? n : ForeignKeyDef.defaultName(table, List.of(name), refTable, List.of(refColumn)),
                                table, List.of(name), refTable, List.of(refColumn), onDelete, onUpdate);
                        if (n == null) defaultNamed.add(fk);
                        fks.add(columnEntry(table, name, "foreign key", fk));
                    }
                }
            }
            String renamedFrom = optionalString(m, "renamedFrom", what);
            if (type == null) return null;
            return new ColumnDef(name, type, pk, notNull, autoincrement, dflt, generated, mode, enumValues, renamedFrom);
        }

        /** Whether a default is a literal (a scalar, or a JSON value in mode json), not {sql: ...}. */
        private static boolean literal(Node node, ColumnMode mode) {
            if (!(node instanceof MappingNode mn)) return true;
            boolean sqlDefault = mn.getValue().size() == 1 && mn.getValue().get(0).getKeyNode() instanceof ScalarNode k && k.getValue().equals("sql");
            return mode == ColumnMode.JSON && !sqlDefault;
        }

        /** Literal defaults are encoded as the DSL's defaultValue(...) encodes them; {sql: ...} is raw SQL. */
        private DefaultValue defaultValue(Node node, String baseType, ColumnMode mode, String what) {
            boolean sqlDefault = node instanceof MappingNode mn && mn.getValue().size() == 1
                    && mn.getValue().get(0).getKeyNode() instanceof ScalarNode k && k.getValue().equals("sql");
            if (mode == ColumnMode.JSON && (node instanceof SequenceNode || node instanceof MappingNode && !sqlDefault)) {
                // {sql: "..."} stays SQL; any other mapping, and any list, is the JSON value (as defaultValue(Map/List) in Java)
                try {
                    return DefaultValue.string(dev.godwit.schema.Json.write(plain(node)));
                } catch (IllegalArgumentException e) {   // a number JSON cannot hold: 1e400, .nan, -.inf
                    problems.add(at(node) + "\"default\" of " + what + ": " + e.getMessage());
                    return null;
                }
            }
            if (node instanceof MappingNode) {
                Map<String, Node> m = mapping(node, "\"default\" of " + what, DEFAULT_KEYS);
                if (m == null) return null;
                String sql = requiredString(m, "sql", node, "\"default\" of " + what);
                return sql == null ? null : DefaultValue.sql(sql);
            }
            if (!(node instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
                problems.add(at(node) + "\"default\" of " + what + " must be a number, a string, true/false or {sql: \"...\"}"
                        + (node instanceof SequenceNode ? " (a list or mapping is a JSON default only with mode: json)" : "")
                        + " (leave it out for no default)");
                return null;
            }
            Tag tag = s.getTag();
            String v = s.getValue();
            if (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && ZERO_LED_OR_GROUPED.matcher(v).matches()) {
                // 0755, 08540, 1_000: YAML 1.1 (SnakeYAML) reads octal, a float or a string; YAML 1.2 (drizzle's yaml) the decimal 755
                // and 8540, which a number column takes. On a text column the text as written, as yes/no: a zip code, a file mode.
                if (textColumn(baseType, mode)) return DefaultValue.string(v);
                if (v.indexOf('_') < 0) return DefaultValue.number(new BigInteger(v));
            }
            if (tag.equals(Tag.TIMESTAMP) && (mode == ColumnMode.TIMESTAMP || mode == ColumnMode.TIMESTAMP_MS)) {
                // As defaultValue(Instant) in Java: seconds, or milliseconds in timestamp_ms mode (a quoted string stays text)
                long ms = ((java.util.Date) new org.yaml.snakeyaml.constructor.SafeConstructor.ConstructYamlTimestamp().construct(s)).getTime();
                return DefaultValue.number(mode == ColumnMode.TIMESTAMP_MS ? ms : Math.floorDiv(ms, 1000));
            }
            boolean textColumn = textColumn(baseType, mode);
            if (tag.equals(Tag.TIMESTAMP) && ("integer".equals(baseType) || "real".equals(baseType) || "numeric".equals(baseType))) {
                // Not a timestamp-mode column (read above): the date would be stored as the text it is written as
                problems.add(at(node) + "\"default\" of " + what + " is " + v + ", which YAML reads as a date, but the column is " + baseType
                        + " with no timestamp mode, so it would store the text '" + v + "'; give the column mode: timestamp (seconds) or"
                        + " timestamp_ms, or quote the value for the text");
                return null;
            }
            DefaultValue literal;
            try {
                if (tag.equals(Tag.BOOL)) {
                    literal = DefaultValue.bool(parseBool(v));
                } else if (tag.equals(Tag.INT)) {
                    literal = DefaultValue.number(new BigInteger(v.replace("_", "")));
                } else if (tag.equals(Tag.FLOAT)) {
                    double d = v.matches("[-+]?\\.(?i:nan|inf)") ? Double.NaN : new BigDecimal(v.replace("_", "")).doubleValue();
                    if (!Double.isFinite(d)) {
                        problems.add(at(node) + "\"default\" of " + what + " is " + v + ", which has no SQL literal (a default must be a finite"
                                + " number); leave it out, or give it as SQL, e.g. {sql: \"(9e999)\"} for Infinity");
                        return null;
                    }
                    literal = DefaultValue.number(d);
                } else if (!textColumn && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && YAML12_OCTAL.matcher(v).matches()
                        && ("integer".equals(baseType) || "real".equals(baseType) || "numeric".equals(baseType))) {
                    // 0o17: YAML 1.2's octal (drizzle's yaml reads 15), text to YAML 1.1; on a number column it would be the text '0o17'
                    throw new NumberFormatException(v);
                } else {
                    return DefaultValue.string(v);
                }
            } catch (NumberFormatException e) {
                // 0x1F, 0b101, 1:30: a YAML 1.1 number in a form not converted here; on a text column it is kept as written
                if (textColumn) return DefaultValue.string(v);
                // a quoted text is refused on integer and real columns (LiteralDefaults): there the text is kept only as SQL
                boolean number = "integer".equals(baseType) || "real".equals(baseType);
                problems.add(at(node) + "\"default\" of " + what + " is " + v + ", which YAML reads as a number written in hex, binary, octal or"
                        + " base 60, which Godwit does not convert; write it in decimal, or " + (number ? "give it as SQL (default: {sql: \"'" + v
                        + "'\"}) if the text is really meant" : "quote it (default: '" + v + "') for the text"));
                return null;
            }
            // yes/no/on/off are YAML 1.1's booleans (SnakeYAML's) but words in YAML 1.2 (drizzle's yaml, and how enum: [yes, no] is
            // read here): on a text column the word as written, not '1' or '0'. (A number stays a number, as .default(1e3) in drizzle
            // and defaultValue(1e3) in Java: the oracle cases hold text columns with those.)
            if (textColumn && literal.kind() == DefaultValue.Kind.BOOLEAN && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                return DefaultValue.string(v);
            }
            return literal;
        }

        /** The line (from 1) of the code point at {@code position} (SnakeYAML counts code points) in {@code text}. */
        private static int lineAt(String text, int position) {
            int line = 1;
            int i = 0;
            for (int cp = 0; cp < position && i < text.length(); cp++) {
                if (text.charAt(i) == '\n') line++;
                i += Character.charCount(text.codePointAt(i));
            }
            return line;
        }

        private static boolean textColumn(String baseType, ColumnMode mode) {
            return baseType != null && textAffinity(baseType) && (mode == null || mode == ColumnMode.TEXT);
        }

        /** Whether a column of this base type holds text (text, and sqlType's varchar, clob, ...), as Java's enumValues(...) asks. */
        private static boolean textAffinity(String baseType) {
            return dev.godwit.schema.model.Affinity.of(baseType) == dev.godwit.schema.model.Affinity.TEXT;
        }

        /** An octal number as YAML 1.2 writes it (0o17), which YAML 1.1 reads as text. */
        private static final java.util.regex.Pattern YAML12_OCTAL = java.util.regex.Pattern.compile("[-+]?0o[0-7]+");

        /** Digits led by a zero (0755, 08540) or grouped with underscores (1_000), as a plain scalar writes them. */
        private static final java.util.regex.Pattern ZERO_LED_OR_GROUPED = java.util.regex.Pattern.compile("[-+]?(0[0-9]+|[0-9]+(_[0-9]+)+)");

        /** A YAML node as plain Java values: LinkedHashMap, ArrayList, String, Long/BigInteger, Double, Boolean, null. */
        private Object plain(Node node) {
            expand(node);
            if (node instanceof MappingNode m) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (NodeTuple t : m.getValue()) {
                    String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(plain(t.getKeyNode()));
                    out.put(key, plain(t.getValueNode()));
                }
                return out;
            }
            if (node instanceof SequenceNode seq) {
                List<Object> out = new ArrayList<>();
                for (Node n : seq.getValue()) out.add(plain(n));
                return out;
            }
            ScalarNode s = (ScalarNode) node;
            Tag tag = s.getTag();
            String v = s.getValue();
            try {
                if (tag.equals(Tag.NULL)) return null;
                if (tag.equals(Tag.BOOL)) return parseBool(v);
                if (tag.equals(Tag.INT)) {
                    BigInteger b = new BigInteger(v.replace("_", ""));
                    return b.bitLength() < 64 ? (Object) b.longValue() : b;
                }
                if (tag.equals(Tag.FLOAT)) {
                    // .nan and .inf as the numbers they are, which JSON refuses (they were the strings ".nan", ".inf")
                    if (v.matches("(?i)\\.nan")) return Double.NaN;
                    if (v.matches("[-+]?\\.(?i:inf)")) return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    return new BigDecimal(v.replace("_", "")).doubleValue();
                }
            } catch (NumberFormatException e) {
                return v;
            }
            return v;
        }

        private IndexDef index(Node node, String what, List<ColumnDef> columns) {
            Map<String, Node> m = mapping(node, "an index of " + what, INDEX_KEYS);
            if (m == null) return null;
            String name = requiredString(m, "name", node, "index of " + what);
            List<IndexDef.Key> keys = new ArrayList<>();
            if (m.containsKey("keys")) {
                if (m.containsKey("columns") || m.containsKey("expressions")) {
                    problems.add(at(m.get("keys")) + "index \"" + name + "\" of " + what + " gives its keys in \"keys\" and in \""
                            + (m.containsKey("columns") ? "columns" : "expressions") + "\": list them all in \"keys\", in order"
                            + " ({column: ...} or {expression: ...} each)");
                    return null;
                }
                keys = orderedKeys(m.get("keys"), "\"keys\" of index \"" + name + "\"", columns);
                if (keys == null) return null;
            }
            // "columns" then "expressions", whatever order the descriptor writes them in ("keys" gives another order)
            for (String c : asDeclared(stringList(m.get("columns"), "\"columns\" of index \"" + name + "\"", node, false), columns)) {
                keys.add(IndexDef.Key.column(c));
            }
            for (String e : stringList(m.get("expressions"), "\"expressions\" of index \"" + name + "\"", node, false)) keys.add(IndexDef.Key.expression(e));
            if (keys.isEmpty() && !m.containsKey("keys")) problems.add(at(node) + "index \"" + name + "\" of " + what + " needs \"columns\" (or \"expressions\", or \"keys\")");
            boolean unique = bool(m, "unique", "index \"" + name + "\"");
            String where = optionalString(m, "where", "index \"" + name + "\"");
            return name == null || keys.isEmpty() ? null : new IndexDef(name, keys, unique, where);
        }

        /**
         * An index's keys in the order given: each {@code {column: name}} or {@code {expression: "sql"}} (drizzle's
         * {@code .on(sql`lower(${t.email})`, t.role)} is {@code [{expression: "lower(email)"}, {column: role}]}); null after a problem.
         */
        private List<IndexDef.Key> orderedKeys(Node node, String what, List<ColumnDef> columns) {
            List<IndexDef.Key> keys = new ArrayList<>();
            boolean ok = true;
            for (Node n : sequence(node, what)) {
                if (n instanceof ScalarNode) {
                    problems.add(at(n) + "a key in " + what + " is written {column: name} or {expression: \"sql\"}, not " + kind(n));
                    ok = false;
                    continue;
                }
                Map<String, Node> k = mapping(n, "a key in " + what, INDEX_KEY_KEYS);
                if (k == null || k.isEmpty() && !((MappingNode) n).getValue().isEmpty()) {   // its unknown key was named
                    ok = false;
                    continue;
                }
                if (k.size() != 1) {
                    problems.add(at(n) + "a key in " + what + " is a column or an expression: give one of \"column\" and \"expression\"");
                    ok = false;
                    continue;
                }
                boolean column = k.containsKey("column");
                String text = optionalString(k, column ? "column" : "expression", what);
                if (text == null || text.isBlank()) {
                    if (text != null) problems.add(at(n) + "a key in " + what + " is empty");
                    ok = false;
                    continue;
                }
                keys.add(column ? IndexDef.Key.column(asDeclared(List.of(text), columns).get(0)) : IndexDef.Key.expression(text));
            }
            if (ok && keys.isEmpty() && node instanceof SequenceNode) {
                problems.add(at(node) + what + " is empty");
                ok = false;
            }
            return ok && !keys.isEmpty() ? keys : null;
        }

        private ForeignKeyDef foreignKey(Node node, String table, String what, List<ColumnDef> columns) {
            Map<String, Node> m = mapping(node, "a foreign key of " + what, FK_KEYS);
            if (m == null) return null;
            List<String> cols = asDeclared(stringList(m.get("columns"), "\"columns\" of a foreign key of " + what, node, true), columns);
            Node ref = m.get("references");
            if (ref == null) {
                problems.add(at(node) + "a foreign key of " + what + " has no \"references: {table, columns}\"");
                return null;
            }
            Map<String, Node> rm = mapping(ref, "\"references\" of a foreign key of " + what, FK_TARGET_KEYS);
            if (rm == null) return null;
            String refTable = requiredString(rm, "table", ref, "\"references\" of a foreign key of " + what);
            List<String> refCols = stringList(rm.get("columns"), "\"references.columns\" of a foreign key of " + what, ref, true);
            String n = optionalString(m, "name", "a foreign key of " + what);
            FkAction onDelete = action(m, "onDelete", "a foreign key of " + what);
            FkAction onUpdate = action(m, "onUpdate", "a foreign key of " + what);
            if (cols.isEmpty() || refTable == null || refCols.isEmpty()) return null;
            ForeignKeyDef fk = new ForeignKeyDef(n != null ? n : ForeignKeyDef.defaultName(table, cols, refTable, refCols), table, cols, refTable, refCols,
                    onDelete, onUpdate);
            if (n == null) defaultNamed.add(fk);
            foreignKeyWhere.putIfAbsent(SourceMap.key(table, fk.name()), file + " line " + line(node) + " (foreign key \"" + fk.name() + "\" of table \""
                    + table + "\")");
            return entry(table, "foreign key", fk, fk.name(), node);
        }

        /** {@code def}, its place (the line of {@code node}) recorded as the next entry of its kind and name in {@code table}. */
        private <T> T entry(String table, String kind, T def, String name, Node node) {
            entryWhere.computeIfAbsent(SourceMap.entryKey(table, kind, name), k -> new ArrayList<>())
                    .add(file + " line " + line(node) + " (" + kind + " \"" + name + "\" of table \"" + table + "\")");
            return def;
        }

        /** As {@link #entry}, for an index or foreign key a column declares (unique: / references:): at that column's place. */
        private <T> T columnEntry(String table, String column, String kind, T def) {
            String name = def instanceof IndexDef i ? i.name() : ((ForeignKeyDef) def).name();
            entryWhere.computeIfAbsent(SourceMap.entryKey(table, kind, name), k -> new ArrayList<>()).add(columnWhere.get(SourceMap.key(table, column)));
            return def;
        }

        /**
         * A list of the table's columns as they are declared: SQLite takes {@code [Email]} for the column {@code email}, so the
         * model, the default names, the snapshot and the SQL all say {@code email} (as a foreign key's target is spelled).
         */
        private static List<String> asDeclared(List<String> listed, List<ColumnDef> columns) {
            List<String> declared = columns.stream().map(ColumnDef::name).toList();
            return listed.stream().map(c -> SqliteNames.asDeclared(c, declared)).toList();
        }

        private void view(Node node) {
            Map<String, Node> m = mapping(node, "a view", VIEW_KEYS);
            if (m == null) return;
            String name = requiredString(m, "name", node, "view");
            if (name == null) return;
            String what = "view \"" + name + "\"";
            viewWhere.putIfAbsent(name, file + " line " + line(node) + " (" + what + ")");
            boolean existing = bool(m, "existing", what);
            String as = optionalString(m, "as", what);
            if (as == null && !existing) problems.add(at(node) + what + " needs \"as\" (its SELECT), or \"existing: true\" if it is managed elsewhere");
            if (as != null && existing) problems.add(at(m.get("as")) + what + " is \"existing\" (managed elsewhere), so it cannot have \"as\"");
            // without "as" it is kept for its name only, as one managed elsewhere: the validator would say its missing SELECT again
            views.add(new ViewDef(name, existing ? null : as, existing || as == null, optionalString(m, "renamedFrom", what)));
        }

        private FkAction action(Map<String, Node> m, String key, String what) {
            String text = optionalString(m, key, what);
            if (text == null) return FkAction.NO_ACTION;
            FkAction a = FkAction.parse(text);
            if (a == null) {
                problems.add(at(m.get(key)) + "\"" + key + "\" of " + what + " must be one of: no action, restrict, cascade, set null, set default; not \"" + text + "\"");
                return FkAction.NO_ACTION;
            }
            return a;
        }

        /** Whether {@code node}, a mapping, holds a key that is not {@code key} but a typo of it (as {@link #mapping} tells it). */
        private boolean mistypedKey(Node node, String key) {
            if (!(node instanceof MappingNode mn)) return false;
            for (NodeTuple t : mn.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && !k.getValue().equals(key)
                        && dev.godwit.schema.model.Typos.nearest(k.getValue(), List.of(key)).contains(key)) return true;
            }
            return false;
        }

        /** A mapping with only known keys (each an error naming file, line and key otherwise), or null if it is not a mapping. */
        private Map<String, Node> mapping(Node node, String what, List<String> known) {
            if (!(node instanceof MappingNode mn)) {
                problems.add(at(node) + what + " must be a mapping (key: value), not " + kind(node));
                return null;
            }
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : withMerges(mn)) {
                Node k = t.getKeyNode();
                if (!(k instanceof ScalarNode ks)) {
                    problems.add(at(k) + "a key in " + what + " must be a name, not " + kind(k) + " (known keys: " + String.join(", ", known) + ")");
                    continue;
                }
                String key = ks.getValue();
                if (!known.contains(key)) {
                    List<String> meant = dev.godwit.schema.model.Typos.nearest(key, known);
                    problems.add(at(k) + "unknown key \"" + key + "\" in " + what + (meant.isEmpty() ? "" : ": did you mean \"" + String.join("\" or \"", meant) + "\"?")
                            + " (known keys: " + String.join(", ", known) + ")");
                    continue;
                }
                if (out.put(key, t.getValueNode()) != null) problems.add(at(k) + "key \"" + key + "\" appears twice in " + what);
            }
            return out;
        }

        /**
         * The entries of a mapping with YAML's merge keys ({@code <<: *base}, or {@code <<: [*a, *b]}) resolved: each merged
         * mapping's entries follow the mapping's own, except keys it sets itself (SnakeYAML composes nodes and leaves this to
         * its constructor, which a descriptor does not use).
         */
        private List<NodeTuple> withMerges(MappingNode mn) {
            List<NodeTuple> own = new ArrayList<>();
            List<Node> merged = new ArrayList<>();
            for (NodeTuple t : mn.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("<<") && k.getTag().equals(Tag.MERGE)) {
                    if (t.getValueNode() instanceof SequenceNode seq) merged.addAll(seq.getValue());
                    else merged.add(t.getValueNode());
                } else {
                    own.add(t);
                }
            }
            if (merged.isEmpty()) return mn.getValue();
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (NodeTuple t : own) if (t.getKeyNode() instanceof ScalarNode k) keys.add(k.getValue());
            List<NodeTuple> out = new ArrayList<>(own);
            for (Node m : merged) {
                if (!(m instanceof MappingNode base)) {
                    problems.add(at(m) + "\"<<\" merges a mapping (<<: *anchor) or a list of them, not " + kind(m));
                    continue;
                }
                for (NodeTuple t : withMerges(base)) {
                    expand(t.getValueNode());
                    if (t.getKeyNode() instanceof ScalarNode k && keys.add(k.getValue())) out.add(t);
                }
            }
            return out;
        }

        private List<Node> sequence(Node node, String what) {
            if (node == null) return List.of();
            if (node instanceof SequenceNode s) return s.getValue();
            problems.add(at(node) + what + " must be a list, not " + kind(node));
            return List.of();
        }

        private List<String> stringList(Node node, String what, Node owner, boolean required) {
            if (node == null) {
                if (required) problems.add(at(owner) + what + " is missing");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Node n : sequence(node, what)) {
                if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) out.add(s.getValue());
                else problems.add(at(n) + what + " must list names, not " + kind(n));
            }
            if (required && out.isEmpty() && node instanceof SequenceNode) problems.add(at(node) + what + " is empty");
            return out;
        }

        private String requiredString(Map<String, Node> m, String key, Node owner, String what) {
            if (!m.containsKey(key)) {
                problems.add(at(owner) + "a " + what + " needs \"" + key + "\"");
                return null;
            }
            String v = optionalString(m, key, what);
            if (v != null && v.isEmpty()) {
                problems.add(at(m.get(key)) + "\"" + key + "\" of " + what + " is empty");
                return null;
            }
            return v;
        }

        private String optionalString(Map<String, Node> m, String key, String what) {
            Node n = m.get(key);
            if (n == null) return null;
            if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) return s.getValue();
            problems.add(at(n) + "\"" + key + "\" of " + what + " must be text, not " + kind(n));
            return null;
        }

        /** Whether a YAML number reads as zero (0, 0.0, -0, 0_0; 0x0 and 0o0 too). */
        private static boolean zero(String number) {
            String n = number.replace("_", "").replaceFirst("^[-+]?0[xXoO]", "");
            try {
                return new java.math.BigDecimal(n.isEmpty() ? "0" : n).signum() == 0;
            } catch (NumberFormatException notDecimal) {
                return false;   // .inf, .nan, base 60
            }
        }

        private boolean bool(Map<String, Node> m, String key, String what) {
            Node n = m.get(key);
            if (n == null) return false;
            if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) return parseBool(s.getValue());
            problems.add(at(n) + "\"" + key + "\" of " + what + " must be true or false, not " + kind(n));
            return false;
        }

        private Long integer(Node n, String what) {
            if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
                try {
                    long v = Long.parseLong(s.getValue().replace("_", ""));
                    if (v > 0) return v;
                } catch (NumberFormatException ignored) {
                    // Reported below.
                }
            }
            problems.add(at(n) + what + " must be a positive whole number, not " + kind(n));
            return null;
        }

        private String at(Node node) {
            return file + " line " + line(node) + ": ";
        }

        private static int line(Node node) {
            return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        }

        private static String kind(Node n) {
            if (n == null) return "nothing";
            if (n instanceof MappingNode) return "a mapping";
            if (n instanceof SequenceNode) return "a list";
            ScalarNode s = (ScalarNode) n;
            if (s.getTag().equals(Tag.NULL)) return "null";
            return "\"" + s.getValue() + "\"";
        }

        private static boolean parseBool(String v) {
            String t = v.toLowerCase(Locale.ROOT);
            return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
        }
    }
}
