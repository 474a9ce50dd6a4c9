package dev.godwit.schema.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a schema for everything SQLite would refuse later, or accept and then fail on at run
 * time (a foreign key to columns that are neither the primary key nor unique). All problems are
 * collected, so a user fixes them in one pass.
 */
public final class SchemaValidator {

    private SchemaValidator() {
    }

    public static void validate(SchemaDef schema) {
        validate(schema, SourceMap.NAMES);
    }

    public static void validate(SchemaDef schema, SourceMap where) {
        List<String> problems = problems(schema, where);
        if (!problems.isEmpty()) throw new SchemaException(problems);
    }

    public static List<String> problems(SchemaDef schema, SourceMap where) {
        return problems(schema, where, Set.of());
    }

    /**
     * As {@link #problems(SchemaDef, SourceMap)}, for a schema read with problems of its own: {@code incomplete} holds the names
     * ({@link SqliteNames#key}) of tables whose declaration was refused in part (a column left out) or whole (not in {@code schema}).
     * What needs such a table whole is not checked (a key naming a column that is not there, a foreign key to it), so that the
     * problems already reported are not followed by others they alone cause; the rest is, so that every problem is said in one run.
     */
    public static List<String> problems(SchemaDef schema, SourceMap where, Set<String> incomplete) {
        List<String> p = new ArrayList<>();
        Map<String, TableDef> byName = new HashMap<>();
        Map<String, IndexOf> indexOwner = new HashMap<>();
        for (TableDef t : schema.tables()) {
            String at = where.table(t.name());
            if (t.name().isEmpty()) {
                p.add(at + ": the table name is empty");
                validateTable(t, where, p, indexOwner, !incomplete.contains(""));   // its columns are checked all the same
                continue;
            }
            String lower = SqliteNames.key(t.name());
            if (lower.startsWith("sqlite_")) {
                p.add(at + ": table name \"" + t.name() + "\" is reserved by SQLite (names starting with sqlite_); choose another name");
            }
            TableDef first = byName.putIfAbsent(lower, t);
            if (first != null) {
                String firstAt = where.table(first.name());
                p.add(at + ": duplicate table name \"" + t.name() + "\"" + sameToSqlite("table", first.name(), t.name())
                        + (firstAt.equals(SourceMap.NAMES.table(first.name())) || firstAt.equals(at) ? "" : ", declared at " + firstAt)
                        + "; each table needs its own name");
            }
            validateTable(t, where, p, indexOwner, !incomplete.contains(lower));
        }
        Map<String, String> viewNames = new HashMap<>();
        for (ViewDef v : schema.views()) {
            String lower = SqliteNames.key(v.name());
            String at = where.view(v.name());   // "s.yaml line 12 (view "v")", "class com.acme.V (view "v")", or view "v"
            if (v.name().isEmpty()) p.add(at.equals(SourceMap.NAMES.view("")) ? "a view has an empty name" : at + ": the view name is empty");
            if (lower.startsWith("sqlite_")) {
                p.add(at + ": the name is reserved by SQLite (names starting with sqlite_); choose another name");
            }
            else if (byName.containsKey(lower)) {
                TableDef table = byName.get(lower);
                String tableAt = where.table(table.name());
                p.add(at + ": the name is already used by table \"" + table.name() + "\"" + caseNote(table.name(), v.name())
                        + (tableAt.equals(SourceMap.NAMES.table(table.name())) ? "" : ", declared at " + tableAt));
            } else if (viewNames.putIfAbsent(lower, v.name()) != null) {
                String first = viewNames.get(lower);
                p.add(at + ": " + (first.equals(v.name()) ? "declared twice; each view needs its own name"
                        : "the name is already used by view \"" + first + "\"" + caseNote(first, v.name())));
            }
            if (!v.existing() && (v.definition() == null || v.definition().isBlank())) {
                p.add(at + ": no SELECT definition; give one, or mark the view as existing");
            }
        }
        for (TableDef t : schema.tables()) {
            Map<String, Integer> fkSeen = new HashMap<>();
            for (ForeignKeyDef fk : t.foreignKeys()) {
                validateForeignKey(t, fk, entryAt(where, t, "foreign key", fk.name(), fkSeen), byName, incomplete, where, p);
            }
            Map<String, Integer> seen = new HashMap<>();
            for (IndexDef idx : t.indexes()) {
                // One namespace for tables, views and indexes: CREATE INDEX "posts" fails with "there is already a table named posts".
                String key = SqliteNames.key(idx.name());
                String iat = entryAt(where, t, "index", idx.name(), seen);
                TableDef table = byName.get(key);
                if (table == null && !viewNames.containsKey(key)) continue;
                p.add(iat + ": " + (idx.unique() ? "unique index \"" : "index \"") + idx.name() + "\" has the name of "
                        + (table != null ? "table \"" + table.name() + "\"" : "a view") + "; SQLite keeps tables, views and indexes under"
                        + " one set of names and refuses the second (\"there is already a table named ...\"): rename the index");
            }
        }
        return p;
    }

    /** An index name as first declared, and its table. */
    private record IndexOf(String name, String table) {
    }

    /** {@code complete}: false for a table some of whose declaration was refused, whose keys are then not held to its columns. */
    private static void validateTable(TableDef t, SourceMap where, List<String> p, Map<String, IndexOf> indexOwner, boolean complete) {
        String at = where.table(t.name());
        if (t.columns().isEmpty() && complete) p.add(at + ": the table has no columns");
        Map<String, String> cols = new HashMap<>();
        int pkColumns = 0;
        for (ColumnDef c : t.columns()) {
            String cat = where.column(t.name(), c.name());
            if (c.name().isEmpty()) {
                p.add(cat + ": the column name is empty");
                continue;
            }
            String first = cols.putIfAbsent(SqliteNames.key(c.name()), c.name());
            if (first != null) {
                p.add(cat + ": duplicate column name \"" + c.name() + "\" in table \"" + t.name() + "\"" + sameToSqlite("column", first, c.name()));
            }
            if (c.type().isBlank()) p.add(cat + ": the column has no type");
            if (c.primaryKey()) pkColumns++;
            if (c.autoincrement()) {
                boolean integerPk = c.primaryKey() && c.integerType() && t.primaryKey() == null;
                if (!integerPk) {
                    p.add(cat + ": autoincrement needs a single-column INTEGER primary key (SQLite allows AUTOINCREMENT only there)");
                }
            }
            if (c.generated() != null) {
                if (c.defaultValue() != null) p.add(cat + ": a generated column cannot have a default");
                if (c.primaryKey() || t.primaryKey() != null && t.primaryKey().columns().contains(c.name())) {
                    p.add(cat + ": a generated column cannot be part of the primary key");
                }
            }
            SqlDefaults.Reading sqlDefault = c.defaultValue() != null && c.defaultValue().kind() == DefaultValue.Kind.SQL
                    ? SqlDefaults.read(c.defaultValue().sql()) : null;
            String unbalanced = sqlDefault == null ? null : sqlDefault.unbalanced();
            if (unbalanced != null) {
                // parentheses around it would not help: the advice below would be wrong
                p.add(cat + ": the SQL default \"" + c.defaultValue().sql().strip() + "\" " + unbalanced + ", so SQLite refuses the CREATE TABLE"
                        + " (\"unrecognized token\" or \"syntax error\") while the schema is applied; close it (a text is written in single"
                        + " quotes, with a quote inside doubled: 'it''s')");
            } else if (sqlDefault != null && !sqlDefault.writable()) {
                String d = c.defaultValue().sql().strip();
                p.add(cat + ": the SQL default \"" + d + "\" is an expression outside parentheses, which SQLite refuses in DEFAULT"
                        + " (\"syntax error\") while the schema is applied; write it in parentheses: \"(" + d + ")\"");
            }
            if (c.mode() != null && !c.mode().appliesTo(baseType(c.type()))) {
                p.add(cat + ": mode " + c.mode().key() + " does not exist for type " + c.type());
            } else if (c.mode() != null && c.defaultValue() != null) {
                String wrong = defaultAgainstMode(c);
                if (wrong != null) p.add(cat + ": " + wrong);
            }
            if (!c.enumValues().isEmpty() && c.defaultValue() != null) {
                String wrong = defaultOutsideEnum(c);
                if (wrong != null) p.add(cat + ": " + wrong);
            }
        }
        generatedLoop(t, where, p);
        if (pkColumns > 1) {
            // named, as a YAML merge key (- <<: *id, name: parent_id) carries primaryKey: true to a column that does not show it
            List<String> marked = t.columns().stream().filter(ColumnDef::primaryKey).map(c -> "\"" + c.name() + "\"").toList();
            p.add(at + ": " + pkColumns + " columns are marked primary key (" + String.join(", ", marked) + "); declare a composite key at table"
                    + " level instead (primaryKey(a, b)), or, where a YAML merge key (<<: *alias) carried primaryKey: true, set primaryKey: false"
                    + " beside it");
        }
        if (t.primaryKey() != null) {
            String pat = entryAt(where, t, "primary key", t.primaryKey().name(), new HashMap<>());
            if (pkColumns > 0) p.add(pat + ": has both a column primary key and a composite primary key; keep one");
            if (t.primaryKey().columns().isEmpty()) p.add(pat + ": the composite primary key has no columns");
            if (complete) checkColumns(t, pat, "primary key \"" + t.primaryKey().name() + "\"", t.primaryKey().columns(), p);
            checkListedOnce(pat, "primary key \"" + t.primaryKey().name() + "\"", t.primaryKey().columns(), p);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (IndexDef idx : t.indexes()) {
            String what = (idx.unique() ? "unique index \"" : "index \"") + idx.name() + "\"";
            String iat = entryAt(where, t, "index", idx.name(), seen);
            if (idx.name().isEmpty()) p.add(iat + ": an index has an empty name");
            if (SqliteNames.key(idx.name()).startsWith("sqlite_")) {
                p.add(iat + ": " + what + ": the name is reserved by SQLite (names starting with sqlite_); choose another name");
            }
            if (idx.keys().isEmpty()) p.add(iat + ": " + what + " has no columns");
            IndexOf prev = indexOwner.put(SqliteNames.key(idx.name()), new IndexOf(idx.name(), t.name()));
            if (prev != null) {
                p.add(iat + ": " + what + " is declared twice" + (prev.table().equals(t.name()) ? "" : " (also on table \"" + prev.table() + "\")")
                        + sameToSqlite("index", prev.name(), idx.name()) + "; index names are shared by the whole database");
            }
            List<String> plain = idx.keys().stream().filter(k -> !k.expression()).map(IndexDef.Key::text).toList();
            if (complete) checkColumns(t, iat, what, plain, p);
            if (idx.unique()) checkListedOnce(iat, what, plain, p);
        }
        seen.clear();
        Set<String> checkNames = new HashSet<>();
        for (CheckDef c : t.checks()) {
            String kat = entryAt(where, t, "check", c.name(), seen);
            if (c.name().isEmpty()) p.add(kat + ": a check has an empty name");
            if (!checkNames.add(c.name())) p.add(kat + ": duplicate check name \"" + c.name() + "\"");
            if (c.expression().isBlank()) p.add(kat + ": check \"" + c.name() + "\" has an empty expression");
        }
        Set<String> fkNames = new HashSet<>();
        seen.clear();
        for (ForeignKeyDef fk : t.foreignKeys()) {
            String fat = entryAt(where, t, "foreign key", fk.name(), seen);
            if (!fkNames.add(fk.name())) p.add(fat + ": duplicate foreign key name \"" + fk.name() + "\"");
        }
    }

    /**
     * Where the next entry of a kind named {@code name} was declared in {@code t} ({@code seen} counts those met so far, so the
     * second of two entries of one name is placed at its own line), or the table's place where that is not known.
     */
    private static String entryAt(SourceMap where, TableDef t, String kind, String name, Map<String, Integer> seen) {
        return where.entryOrTable(t.name(), kind, name, seen.merge(name, 1, Integer::sum) - 1);
    }

    /**
     * Generated columns that read each other in a circle (or one that reads itself): SQLite creates the
     * table, then refuses every statement on it ("generated column loop on ..."), so it is caught here.
     */
    private static void generatedLoop(TableDef t, SourceMap where, List<String> p) {
        Map<String, ColumnDef> generated = new HashMap<>();
        for (ColumnDef c : t.columns()) if (c.generated() != null) generated.put(SqliteNames.key(c.name()), c);
        Set<String> reported = new HashSet<>();
        for (ColumnDef c : t.columns()) {
            if (c.generated() == null || reported.contains(SqliteNames.key(c.name()))) continue;
            List<String> loop = loopFrom(c, generated, new ArrayList<>());
            if (loop == null || !SqliteNames.key(loop.get(0)).equals(SqliteNames.key(c.name()))) continue;
            loop.forEach(name -> reported.add(SqliteNames.key(name)));
            List<String> path = new ArrayList<>(loop);
            path.add(loop.get(0));
            p.add(where.column(t.name(), c.name()) + ": generated column" + (loop.size() == 1 ? " \"" + c.name() + "\" reads itself"
                    : "s " + String.join(" -> ", path.stream().map(x -> "\"" + x + "\"").toList()) + " read each other in a loop")
                    + " (GENERATED ALWAYS AS); SQLite creates the table, then refuses every statement on it (\"generated column loop on ...\"):"
                    + " make one of them read only plain columns");
        }
    }

    /** The generated columns on a path from {@code c} back to a column already on it, or null when every path ends. */
    private static List<String> loopFrom(ColumnDef c, Map<String, ColumnDef> generated, List<String> path) {
        int seen = path.stream().map(SqliteNames::key).toList().indexOf(SqliteNames.key(c.name()));
        if (seen >= 0) return new ArrayList<>(path.subList(seen, path.size()));
        path.add(c.name());
        for (String name : ExpressionNames.of(c.generated().as())) {
            ColumnDef next = generated.get(name);
            if (next == null) continue;
            List<String> loop = loopFrom(next, generated, path);
            if (loop != null) return loop;
        }
        path.remove(path.size() - 1);
        return null;
    }

    /** "; did you mean "users"?" for a name a typo away from one of {@code names}, else empty. */
    private static String meant(String name, List<String> names) {
        List<String> near = Typos.nearest(name, names);
        return near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.stream().map(n -> "\"" + n + "\"").toList()) + "?";
    }

    /** {@code keyAt}: where the key was declared as far as its table's entries tell (for a column it names that is not there). */
    private static void validateForeignKey(TableDef t, ForeignKeyDef fk, String keyAt, Map<String, TableDef> tables, Set<String> incomplete,
            SourceMap where, List<String> p) {
        String at = where.foreignKey(t.name(), fk);
        String what = "foreign key \"" + fk.name() + "\"";
        if (fk.columns().isEmpty()) {
            p.add(at + ": " + what + " has no columns");
            return;
        }
        if (!incomplete.contains(SqliteNames.key(t.name()))) checkColumns(t, keyAt, what, fk.columns(), p);
        checkListedOnce(keyAt, what, fk.columns(), p);
        TableDef target = tables.get(SqliteNames.key(fk.refTable()));
        boolean targetWhole = !incomplete.contains(SqliteNames.key(fk.refTable()));
        if (target == null && !targetWhole) return;   // its declaration was refused: said there
        if (target == null) {
            p.add(at + ": " + what + " references table \"" + fk.refTable() + "\", which is not in the schema"
                    + meant(fk.refTable(), tables.values().stream().map(TableDef::name).toList()));
            return;
        }
        if (fk.columns().size() != fk.refColumns().size()) {
            p.add(at + ": " + what + " has " + fk.columns().size() + " column(s) but references " + fk.refColumns().size()
                    + " column(s) of \"" + fk.refTable() + "\"; the counts must match");
            return;
        }
        for (int i = 0; i < fk.refColumns().size(); i++) {
            String rc = fk.refColumns().get(i);
            var ref = target.column(rc);
            if (ref.isEmpty()) {
                if (!targetWhole) return;
                p.add(at + ": " + what + " references column \"" + fk.refTable() + "\".\"" + rc + "\", which does not exist"
                        + meant(rc, target.columnNames()));
                return;
            }
            var own = t.column(fk.columns().get(i));
            if (own.isPresent() && !comparesAlike(own.get().affinity(), ref.get().affinity())) {
                p.add(at + ": " + what + ": column \"" + own.get().name() + "\" is " + own.get().type() + " but references \""
                        + fk.refTable() + "\".\"" + rc + "\", which is " + ref.get().type() + "; the types must match");
            }
        }
        if (targetWhole && !target.hasKeyOn(fk.refColumns())) {
            p.add(at + ": " + what + " references " + fk.refColumns() + " of \"" + fk.refTable()
                    + "\", which are neither its primary key nor unique; SQLite reports \"foreign key mismatch\" on every write."
                    + " Reference the primary key, or make those columns unique");
        }
    }

    /**
     * Whether a foreign key column of affinity {@code own} finds its parent rows as one of the parent's affinity would. SQLite
     * applies the parent key's affinity to the child's value before comparing (sqlite.org/foreignkeys.html, section 1), so a
     * numeric parent (INTEGER, REAL, NUMERIC: {@code numeric}, {@code DECIMAL}, {@code UUID}) finds a child value as it stores
     * its own, from a child of any type: Sakila's {@code film_actor.actor_id INT} references {@code actor.actor_id numeric},
     * and a schema ported from Postgres has {@code user_id TEXT} referencing {@code id UUID}. A TEXT or BLOB parent is
     * compared with a numeric child's converted value ('007' stored as 7 finds no '007'), and a TEXT child of an INTEGER
     * parent is most likely a slip of the keyboard: those must match.
     */
    private static boolean comparesAlike(Affinity own, Affinity ref) {
        if (own == ref || ref == Affinity.NUMERIC) return true;
        return numeric(own) && numeric(ref);
    }

    private static boolean numeric(Affinity a) {
        return a == Affinity.INTEGER || a == Affinity.REAL || a == Affinity.NUMERIC;
    }

    /** For two names that differ only in the case of ASCII letters: why they are one name. */
    private static String sameToSqlite(String kind, String first, String second) {
        return first.equals(second) ? "" : ": SQLite ignores the case of ASCII letters in names, so it is " + kind + " \"" + first + "\" again";
    }

    private static String caseNote(String first, String second) {
        return first.equals(second) ? "" : " (SQLite ignores the case of ASCII letters in names)";
    }

    /**
     * A key that names a column twice ({@code [id, ID]}, or {@code [a, a]} for {@code [a, b]}): SQLite takes it, and the key
     * is then that of the other columns alone, so a composite primary key or unique index refuses rows the schema meant to
     * allow, and a foreign key compares one column twice. Most likely a slip of the keyboard: refused, naming both spellings.
     */
    private static void checkListedOnce(String at, String what, List<String> cols, List<String> p) {
        Map<String, String> seen = new HashMap<>();
        for (String c : cols) {
            String first = seen.putIfAbsent(SqliteNames.key(c), c);
            if (first != null) {
                p.add(at + ": " + what + " names column \"" + first + "\" twice" + (first.equals(c) ? "" : " (also as \"" + c + "\")")
                        + "; list each column once");
            }
        }
    }

    private static void checkColumns(TableDef t, String at, String what, List<String> cols, List<String> p) {
        for (String c : cols) {
            if (t.column(c).isEmpty()) {
                String spelled = t.columnNames().stream().filter(n -> SqliteNames.key(n).equals(SqliteNames.key(c))).findFirst().orElse(null);
                // [ÉMAIL] for émail: one name to a person, two to SQLite, which folds ASCII letters only
                String otherCase = t.columnNames().stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
                p.add(at + ": " + what + " names column \"" + c + "\", which is not in table \"" + t.name() + "\""
                        + (spelled != null ? " (it has \"" + spelled + "\": write the name as declared)"
                        : otherCase != null ? " (it has \"" + otherCase + "\", another name to SQLite, which ignores the case of ASCII letters only:"
                                + " write the name as declared)" : meant(c, t.columnNames())));
            }
        }
    }

    /**
     * Why a literal default is no value of the column's mode, or null. The mode says how the application reads the column
     * (drizzle-orm: a boolean is {@code Number(v) === 1}, a timestamp {@code new Date(v * 1000)}, json {@code JSON.parse(v)}), so a
     * default of another kind is written into every row that leaves the column out and then read wrong: {@code 'true'} reads as
     * false, {@code '2024-01-01'} as an invalid date, {@code '{a: 1}'} throws on every read. drizzle's TypeScript types refuse
     * these defaults; the Java DSL takes any Object and YAML has no types, so they are refused here. A text that SQLite's INTEGER
     * affinity stores as a number ({@code '1'}) is that number, and an SQL expression is left to its author.
     */
    private static String defaultAgainstMode(ColumnDef c) {
        DefaultValue d = c.defaultValue();
        String text = stringLiteral(d);
        switch (c.mode()) {
            case BOOLEAN -> {
                java.math.BigDecimal n = d.kind() == DefaultValue.Kind.NUMBER ? numeric(d.sql()) : text != null ? numeric(text) : null;
                boolean zeroOrOne = n != null && (n.compareTo(java.math.BigDecimal.ZERO) == 0 || n.compareTo(java.math.BigDecimal.ONE) == 0);
                if (d.kind() == DefaultValue.Kind.NUMBER && !zeroOrOne || text != null && !zeroOrOne) {
                    return "the default " + d.sql() + " is no boolean, and mode boolean reads every value but 1 as false"
                            + (text != null ? " (the text " + d.sql() + " is stored as it is)" : "")
                            + "; write defaultValue(true) or defaultValue(false) (YAML: default: true / default: false, unquoted)";
                }
            }
            case TIMESTAMP, TIMESTAMP_MS -> {
                if (text != null && numeric(text) == null) {
                    String unit = c.mode() == ColumnMode.TIMESTAMP ? "seconds" : "milliseconds";
                    return "the default " + d.sql() + " is text, but mode " + c.mode().key() + " reads the column as a number of " + unit
                            + " since 1970, so every row given this default reads as an invalid date; write an Instant (defaultValue(Instant.parse(...)),"
                            + " YAML: an unquoted timestamp such as default: 2024-01-01T00:00:00Z), a number of " + unit + ", or SQL such as "
                            + (c.mode() == ColumnMode.TIMESTAMP ? "defaultSql(\"(unixepoch())\")" : "defaultSql(\"(unixepoch() * 1000)\")");
                }
            }
            case JSON -> {
                if (text != null && !JsonSyntax.valid(text)) {
                    return "the default " + d.sql() + " is no JSON, and mode json parses every value read (JSON.parse), so every row given this"
                            + " default fails to read; give the value as a Map or List (YAML: a mapping or list), or its JSON text (e.g. "
                            + DefaultValue.quote("{\"a\": 1}") + ")";
                }
            }
            default -> {
            }
        }
        return null;
    }

    /**
     * Why a literal default is none of the column's enum values, or null. drizzle-orm types the column as the union of the
     * values, and SQLite stores the default as written (the enum adds no CHECK), so every row that leaves the column out holds
     * a value its TypeScript type says cannot be ({@code switch} over it falls through); drizzle's types refuse such a default,
     * Java's {@code Object} and YAML do not. A text column stores a number or a boolean as its text ({@code 1}, {@code true}
     * as {@code '1'}); an SQL expression (and a real number, whose text SQLite formats its own way) is left to its author.
     */
    private static String defaultOutsideEnum(ColumnDef c) {
        DefaultValue d = c.defaultValue();
        String stored = stringLiteral(d);
        if (stored == null && d.kind() == DefaultValue.Kind.BOOLEAN) stored = "true".equalsIgnoreCase(d.sql().strip()) ? "1" : "0";
        if (stored == null && d.kind() == DefaultValue.Kind.NUMBER && d.sql().strip().matches("[-+]?\\d+")) {
            String t = d.sql().strip();
            stored = new java.math.BigInteger(t.startsWith("+") ? t.substring(1) : t).toString();
        }
        if (stored == null || c.enumValues().contains(stored)) return null;
        return "the default " + d.sql() + " is none of the enum's values (" + String.join(", ", c.enumValues().stream().map(DefaultValue::quote).toList())
                + "), so every row given this default holds a value the application's enum type says cannot be (the enum adds no CHECK, and"
                + " SQLite stores the default as written); make the default one of them, or add it to the enum";
    }

    /** The text of a default that is one SQL string literal ({@code 'it''s'} is {@code it's}), else null. */
    static String stringLiteral(DefaultValue d) {
        if (d.kind() != DefaultValue.Kind.SQL) return null;
        String t = d.sql().strip();
        if (!t.matches("'(?:[^']|'')*'")) return null;
        return t.substring(1, t.length() - 1).replace("''", "'");
    }

    /** The number SQLite's numeric affinity makes of a text (a well-formed integer or real, spaces around allowed), else null. */
    static java.math.BigDecimal numeric(String text) {
        String t = text.strip();
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return null;
        return new java.math.BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    }

    /** {@code text(64)} -> {@code text}. */
    public static String baseType(String type) {
        int paren = type.indexOf('(');
        String b = (paren < 0 ? type : type.substring(0, paren)).trim().toLowerCase(Locale.ROOT);
        int space = b.indexOf(' ');
        return space < 0 ? b : b.substring(0, space);
    }
}
