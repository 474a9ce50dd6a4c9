package dev.godwit.engine.preflight;

import dev.godwit.engine.sql.SelectParts;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a migration's statements say, read as text: whether one only adds, adds a column SQLite checks on rows, writes rows,
 * renames or drops a table or column; which statement writes a column or a parent's rows (where a change is reported);
 * whether a name occurs in a text. The patterns read a statement from its first character of code ({@link #code}).
 */
final class StatementText {

    /** A table or trigger name as SQL writes it: double-quoted, backquoted, bracketed or bare. */
    static final String IDENT = "(\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|\\[[^\\]]+\\]|[\\w$]+)";
    static final Pattern RENAME = Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\s+" + IDENT + "\\s+RENAME\\s+TO\\s+" + IDENT + "\\s*;?\\s*$");
    private static final Pattern RENAME_COLUMN = Pattern.compile(
            "(?is)^\\s*ALTER\\s+TABLE\\s+" + IDENT + "\\s+RENAME\\s+(?:COLUMN\\s+)?" + IDENT + "\\s+TO\\s+" + IDENT + "\\s*;?\\s*$");
    /** Statements that cannot remove or rewrite a row that exists: creating objects, adding a column. */
    private static final Pattern ADDITIVE = Pattern.compile(
            "(?is)^\\s*(CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?(TABLE|(UNIQUE\\s+)?INDEX|VIEW)\\b|ALTER\\s+TABLE\\s+\\S+(\\s+\\S+)??\\s+ADD\\b|PRAGMA\\s+foreign_keys\\b).*");

    private StatementText() {
    }

    /** Whether every statement only adds (tables, indexes, views, columns): such a migration cannot remove or rewrite a row. */
    static boolean onlyAdds(List<String> statements) {
        return statements.stream().allMatch(StatementText::onlyAdds);
    }

    private static final Pattern ADD_COLUMN = Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\s+\\S+(\\s+\\S+)??\\s+ADD\\b.*");

    /** What in an added column's definition SQLite checks only on a table holding rows (its alter.c, sqlite3ErrorIfNotEmpty). */
    private static final Pattern CHECKED_ON_ROWS = Pattern.compile(
            "(?is).*(\\bNOT\\s+NULL\\b|\\bDEFAULT\\s*\\(|\\bCURRENT_(TIME|DATE|TIMESTAMP)\\b|\\bSTORED\\b|\\bCHECK\\b|\\bREFERENCES\\b).*");

    /**
     * Whether a statement adds a column SQLite may refuse only on a table holding rows (a non-constant default such as
     * {@code (lower('A'))} or {@code CURRENT_TIMESTAMP}, NOT NULL without a default, a STORED generated column, a REFERENCES
     * column with a default, a CHECK the rows break), so a replay tries it on rows. A plain nullable column or one with a
     * constant default, most of a long history's ADD COLUMNs, is refused on an empty table or not at all: filling every table
     * before each of those made db:verify of a 51-migration folder 5-6 times slower.
     */
    static boolean addsColumn(List<String> statements) {
        return addsColumn(List.of(), statements);
    }

    /** A table's options after its last parenthesis name STRICT ({@code ) STRICT}, {@code ) WITHOUT ROWID, STRICT}). */
    private static final Pattern STRICT_TABLE = Pattern.compile("(?is).*\\)[^)]*\\bSTRICT\\b[^)]*");

    private static final Pattern HAS_DEFAULT = Pattern.compile("(?is).*\\bDEFAULT\\b.*");

    /**
     * The same where the database holds the tables {@code tableSql} (their CREATE statements): on a STRICT table SQLite checks
     * every row's types after an ADD COLUMN (alter.c's TF_Strict quick_check), so a default of the wrong type ({@code integer
     * DEFAULT 'abc'}) is refused only on a table holding rows. Where a STRICT table is, an added column with a DEFAULT is tried on rows.
     */
    static boolean addsColumn(java.util.Collection<String> tableSql, List<String> statements) {
        boolean strict = tableSql.stream().anyMatch(t -> t != null && STRICT_TABLE.matcher(code(t)).matches());
        return statements.stream().map(StatementText::code).anyMatch(c -> ADD_COLUMN.matcher(c).matches()
                && (CHECKED_ON_ROWS.matcher(c).matches() || strict && HAS_DEFAULT.matcher(c).matches()));
    }

    /** Whether a statement only creates or adds (CREATE TABLE without AS SELECT, CREATE INDEX or VIEW, ADD COLUMN). */
    static boolean onlyAdds(String statement) {
        String code = code(statement);
        return ADDITIVE.matcher(code).matches() && !code.toUpperCase(Locale.ROOT).contains(" AS SELECT");
    }

    /** A DELETE in a trigger's body, and the table it deletes from (a schema before it left out). */
    static final Pattern TRIGGER_DELETE = Pattern.compile("(?is)\\bDELETE\\s+FROM\\s+(?:" + IDENT + "\\s*\\.\\s*)?" + IDENT);

    /** Statements that delete rows of the tables they name (and so fire their children's ON DELETE actions). */
    static final Pattern REMOVES = Pattern.compile("(?is)^\\s*(DROP\\s+TABLE|DELETE|REPLACE|INSERT\\s+OR\\s+REPLACE|ALTER\\s+TABLE\\s+.*\\bDROP\\b)\\b.*");
    /** Statements that may change the rows of the tables they name (and so fire their children's ON UPDATE actions): an upsert's DO UPDATE too. */
    static final Pattern UPDATES = Pattern.compile("(?is)^\\s*(UPDATE|WITH)\\b.*|^\\s*INSERT\\b.*\\bDO\\s+UPDATE\\b.*");

    /**
     * Statements that read or write rows but cannot create, drop or rename a table (SQLite's triggers cannot either; short of
     * PRAGMA writable_schema, which D1 refuses and no migration of ours writes).
     */
    static final Pattern ROWS_ONLY = Pattern.compile("(?is)^\\s*(INSERT|UPDATE|DELETE|REPLACE|WITH|SELECT)\\b.*");

    private static final Pattern WRITES_ROWS = Pattern.compile("(?is)^\\s*(INSERT|UPDATE|REPLACE|WITH)\\b.*");

    /** Whether a statement can put rows into a table (so a later statement could lose them). */
    static boolean writesRows(String statement) {
        return WRITES_ROWS.matcher(code(statement)).matches();
    }

    private static final Pattern DROP_TABLE = Pattern.compile("(?is)^\\s*DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:main\\.)?" + IDENT + "\\s*;?\\s*$");

    /**
     * Whether the statements drop {@code table} with no statement before reading it (no copy of its rows, no rename away): then
     * a table created under its name in other letter case (drizzle-kit's case-only rename, a table dropped while another takes its
     * name) is another table, and its rows went with the drop, which is no more reported than any DROP TABLE. Not where the
     * migration creates it again under the very name it had ({@code DROP TABLE IF EXISTS orders; CREATE TABLE orders ...}, a reset
     * pasted from a dump) and keeps it: that is the table kept, emptied, as a {@code DELETE FROM orders} would.
     */
    static boolean droppedForAnotherTable(List<String> statements, String table) {
        return droppedForAnotherTable(statements, null, table);
    }

    /**
     * As {@link #droppedForAnotherTable(List, String)}, with {@code said} the statements' {@link #said words} (null: cut here). Asked
     * for every table that held rows: cutting each statement into its words again for each table cost a 5%-change migration of
     * 500 tables (228 statements) a sixth of its replica pre-flight.
     */
    static boolean droppedForAnotherTable(List<String> statements, List<Mentions> said, String table) {
        for (int i = 0; i < statements.size(); i++) {
            String code = code(statements.get(i));
            if (drops(code, table)) {
                for (int j = i + 1; j < statements.size(); j++) {
                    // created again, and kept: emptied; one dropped again later is a stand-in (db:generate makes one for a foreign
                    // key's sake while a rename takes the name)
                    // (a virtual table too: an FTS5 table dropped and created with another tokenizer holds none of its rows)
                    if (table.equals(dev.godwit.engine.sql.StatementKind.createdTable(statements.get(j))) || table.equals(FtsIndexes.createdName(statements.get(j)))) {
                        return dropsAgain(statements.subList(j + 1, statements.size()), table);
                    }
                }
                return true;
            }
            if ((said != null ? said.get(i) : new Mentions(code)).of(table)) return false;
        }
        return false;
    }

    private static boolean dropsAgain(List<String> statements, String table) {
        for (String s : statements) if (drops(code(s), table)) return true;
        return false;
    }

    /** Whether {@code code} is a DROP TABLE of {@code table} (any letter case). */
    private static boolean drops(String code, String table) {
        Matcher d = DROP_TABLE.matcher(code);
        return d.matches() && SqliteNames.key(SqlLexer.unquote(d.group(1))).equals(SqliteNames.key(table));
    }

    /**
     * Where the statements' {@code RENAME COLUMN}s take the columns of {@code table} (followed through its own renames): each
     * renamed column (as {@link SqliteNames#key}) to its last name. A chain b -> c, a -> b gives b -> c and a -> b.
     */
    static Map<String, String> renamedColumns(List<String> statements, String table) {
        return renamedColumns(statements, said(statements), table);
    }

    /** The words each statement says ({@link Mentions}), in order: read once per migration by what asks per table or column. */
    static List<Mentions> said(List<String> statements) {
        return statements.stream().map(st -> new Mentions(code(st))).toList();
    }

    /** As {@link #renamedColumns(List, String)}, with {@code said} the statements' {@link #said words}. */
    static Map<String, String> renamedColumns(List<String> statements, List<Mentions> said, String table) {
        Map<String, String> out = new HashMap<>();
        Map<String, String> firstName = new HashMap<>();   // a name now (key) -> the column's name before the statements (key)
        // tables that become the table (ALTER TABLE __new_t RENAME TO t) and copies of it (CREATE TABLE __old_t AS SELECT * FROM t)
        Map<String, String> becomes = renames(statements);
        Followed followed = new Followed(table);
        for (int i = 0; i < statements.size(); i++) {
            // one that names neither the table, nor a copy of it, nor what becomes it, renames or copies none of its columns
            if (!mayConcern(said.get(i), followed, becomes)) continue;
            String code = code(statements.get(i));
            if (followed.renamedOrCopied(code)) continue;
            String current = followed.current;
            Map<String, String> copied = renamesOfACopy(code, SqliteNames.key(current), becomes, followed.copies);
            if (!copied.isEmpty()) {
                // a rebuild that copies a column under another name (db:generate's, for a column named rowid, oid or _rowid_)
                for (Map.Entry<String, String> e : copied.entrySet()) {
                    String first = firstName.containsKey(e.getKey()) ? firstName.remove(e.getKey()) : e.getKey();
                    out.put(first, e.getValue());
                    firstName.put(SqliteNames.key(e.getValue()), first);
                }
                continue;
            }
            Matcher c = RENAME_COLUMN.matcher(code);
            if (!c.matches() || !SqliteNames.key(SqlLexer.unquote(c.group(1))).equals(SqliteNames.key(current))) continue;
            String from = SqliteNames.key(SqlLexer.unquote(c.group(2)));
            String to = SqlLexer.unquote(c.group(3));
            String first = firstName.containsKey(from) ? firstName.remove(from) : from;
            out.put(first, to);
            firstName.put(SqliteNames.key(to), first);
        }
        return out;
    }

    /** Whether a statement saying {@code said} may name the followed table, a copy of it, or a table that becomes it. */
    private static boolean mayConcern(Mentions said, Followed followed, Map<String, String> becomes) {
        if (mayBeSaid(said, followed.current)) return true;
        for (String c : followed.copies) if (mayBeSaid(said, c)) return true;
        String table = SqliteNames.key(followed.current);
        for (Map.Entry<String, String> b : becomes.entrySet()) {
            if (SqliteNames.key(b.getValue()).equals(table) && mayBeSaid(said, b.getKey())) return true;
        }
        return false;
    }

    /** Whether {@code name} is among the words said; a name holding a quote, which SQL writes escaped, may always be. */
    private static boolean mayBeSaid(Mentions said, String name) {
        return name.indexOf('"') >= 0 || name.indexOf('`') >= 0 || name.indexOf('\'') >= 0 || said.of(name);
    }

    /** A table followed through the statements: its name after each RENAME TO it meets, and the copies made of it. */
    private static final class Followed {
        String current;
        final Set<String> copies = new HashSet<>();   // CREATE TABLE __old_t AS SELECT * FROM t, by key

        Followed(String table) {
            current = table;
        }

        /** Reads a statement that renames the table or copies it (nothing else to read in it): true. */
        boolean renamedOrCopied(String code) {
            Matcher t = RENAME.matcher(code);
            if (t.matches()) {
                if (SqliteNames.key(SqlLexer.unquote(t.group(1))).equals(SqliteNames.key(current))) current = SqlLexer.unquote(t.group(2));
                return true;
            }
            Matcher copy = COPY_OF.matcher(code);
            if (copy.matches() && SqliteNames.key(SqlLexer.unquote(copy.group(2))).equals(SqliteNames.key(current))) {
                copies.add(SqliteNames.key(SqlLexer.unquote(copy.group(1))));
                return true;
            }
            return false;
        }
    }

    private static final Pattern INSERT_SELECT = Pattern.compile("(?is)\\s*INSERT\\s+INTO\\s.*\\bSELECT\\b");
    private static final Pattern COPY_OF = Pattern.compile("(?is)^\\s*CREATE\\s+TABLE\\s+" + IDENT + "\\s+AS\\s+SELECT\\s+\\*\\s+FROM\\s+" + IDENT + "\\s*;?\\s*$");

    /**
     * {@code INSERT INTO t2(a, b) SELECT x, b FROM t1} where one of them is the table (key {@code table}) and the other a copy
     * of it or the table that becomes it: the columns copied under another name, from-key to new name ({@code x -> a}). A
     * SELECT item that is not a bare column name (a fill, {@code coalesce(x, '')}) renames nothing.
     */
    private static Map<String, String> renamesOfACopy(String code, String table, Map<String, String> becomes, Set<String> copies) {
        Copy copy = copyOf(code, table, becomes, copies);
        if (copy == null) return Map.of();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int k = 0; k < copy.columns().size(); k++) {
            String source = copy.items().get(k);
            if (source != null && !SqliteNames.key(source).equals(SqliteNames.key(copy.columns().get(k)))) out.put(SqliteNames.key(source), copy.columns().get(k));
        }
        return out;
    }

    /** A copy of every row: {@code INSERT INTO into(columns) SELECT items FROM from}; an item is a bare column name or null. */
    private record Copy(List<String> columns, List<String> items) {
    }

    /**
     * {@code code} as a {@link Copy} of the table (key {@code table}, or a copy of it) into itself or the table that becomes it
     * ({@code becomes}); null when it is none.
     */
    private static Copy copyOf(String code, String table, Map<String, String> becomes, Set<String> copies) {
        if (!INSERT_SELECT.matcher(code).lookingAt()) return null;   // read per table: tokenize only what may be a copy
        if (!mayName(code, table, becomes, copies)) return null;   // and only one naming the table, a copy of it, or what becomes it
        CopyStatement copy = CopyStatement.of(code);
        if (copy == null || copy.list().columns() == null) return null;
        List<SqlLexer.Token> t = copy.t();
        SelectParts s = copy.select();
        // INSERT INTO t (a, b) SELECT x, b FROM u: the column list right after the name, the FROM's one name all that follows
        if (copy.list().start() != copy.list().name() + 1 || copy.list().name() != WriteTarget.at(t, copy.verb())) return null;
        if (s.from() + 2 != s.end() || s.end() < t.size() && !t.get(s.end()).isPunct(";")) return null;   // a WHERE, a join: not every row
        if (s.items().size() != copy.list().columns().size()) return null;
        List<String> columns = copy.list().columns().stream().map(SqlLexer.Token::name).toList();
        List<String> items = new java.util.ArrayList<>();   // a bare name, or null for any other expression
        for (SelectParts.Item i : s.items()) {
            SqlLexer.Token one = t.get(i.start());
            boolean bare = i.end() - i.start() == 1 && (one.kind() == SqlLexer.Kind.WORD || one.kind() == SqlLexer.Kind.QUOTED);
            items.add(bare ? one.name() : null);
        }
        String into = SqliteNames.key(copy.target());
        String from = SqliteNames.key(t.get(s.from() + 1).name());
        boolean intoTable = into.equals(table) || becomes.containsKey(into) && table.equals(SqliteNames.key(becomes.get(into)));
        boolean fromTable = from.equals(table) || copies.contains(from);
        if (!intoTable || !fromTable || into.equals(from)) return null;
        return new Copy(columns, items);
    }

    /**
     * Whether {@code code} may name the table (key {@code table}), a copy of it, or a table that becomes it: one of their names
     * is in it in any case (a name holding a quote, which the SQL may write escaped, is taken as named). A cheap test before
     * {@link #copyOf} tokenizes, as it runs for every table and statement of a migration.
     */
    private static boolean mayName(String code, String table, Map<String, String> becomes, Set<String> copies) {
        if (mayContain(code, table)) return true;
        for (String c : copies) if (mayContain(code, c)) return true;
        for (Map.Entry<String, String> b : becomes.entrySet()) {
            if (SqliteNames.key(b.getValue()).equals(table) && mayContain(code, b.getKey())) return true;
        }
        return false;
    }

    private static boolean mayContain(String code, String name) {
        if (name.indexOf('"') >= 0 || name.indexOf('`') >= 0 || name.indexOf('\'') >= 0) return true;
        return name.isEmpty() || nextAnyCase(code, name, 0) >= 0;
    }

    /**
     * Where {@code word} next occurs in {@code text} from {@code from} on, in any case (-1: nowhere). Its first character is
     * looked for as it is and in the other ASCII case, by {@link String#indexOf}, and the rest compared there (SQLite's names
     * differ in ASCII case only): no lowered copy of the text is made, as this runs per statement and table.
     */
    private static int nextAnyCase(String text, String word, int from) {
        char c = word.charAt(0);
        char other = c >= 'a' && c <= 'z' ? (char) (c - 32) : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        int n = word.length();
        int a = text.indexOf(c, from);
        int b = other == c ? -1 : text.indexOf(other, from);
        while (a >= 0 || b >= 0) {
            int at = a < 0 ? b : b < 0 ? a : Math.min(a, b);
            if (at + n > text.length()) return -1;
            if (text.regionMatches(true, at + 1, word, 1, n - 1)) return at;
            if (at == a) a = text.indexOf(c, at + 1);
            else b = text.indexOf(other, at + 1);
        }
        return -1;
    }

    /** An {@code ALTER TABLE} that renames a column ({@code RENAME [COLUMN] a TO b}) or drops one ({@code DROP [COLUMN] c}). */
    private static final Pattern RENAMES_OR_DROPS_COLUMN = Pattern.compile("(?is)\\s*ALTER\\s+TABLE\\s+(?:" + IDENT + "\\s*\\.\\s*)?" + IDENT
            + "\\s+(?:DROP\\b|RENAME\\s+(?!TO\\b))");

    /**
     * Whether a statement renames or drops a column ({@code ALTER TABLE ... RENAME COLUMN} / {@code DROP COLUMN}, the word COLUMN
     * optional): how a column is retyped without a rebuild (a column of the new type added, the old one copied into it, dropped,
     * the new one renamed to its name, or added again under it).
     */
    static boolean renamesOrDropsColumn(List<String> statements) {
        for (String s : statements) if (RENAMES_OR_DROPS_COLUMN.matcher(code(s)).lookingAt()) return true;
        return false;
    }

    private static final Pattern DROP_COLUMN = Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\s+(?:main\\s*\\.\\s*)?" + IDENT + "\\s+DROP\\s+(?:COLUMN\\s+)?" + IDENT + "\\s*;?\\s*$");

    /**
     * Whether the statements drop {@code column} of {@code table} (or of {@code tableNow}, its name after them) with {@code ALTER TABLE
     * ... DROP [COLUMN]} while none before that writes rows (INSERT, UPDATE, REPLACE, WITH) names it: a column of its name afterwards
     * (added again, or another renamed to it) holds new values, none of its rows' ({@code DROP COLUMN code; ADD code integer DEFAULT 0}).
     */
    static boolean droppedUnread(List<String> statements, String table, String tableNow, String column) {
        return dropped(statements, table, tableNow, column) == 0;
    }

    /**
     * Whether the statements drop {@code column} as above after one that writes rows named it: its values may live on in the column
     * that takes its name ({@code UPDATE items SET code_n = code; ALTER TABLE items DROP COLUMN code; ... RENAME COLUMN code_n TO Code}).
     */
    static boolean droppedAfterAWriteReadIt(List<String> statements, String table, String tableNow, String column) {
        return dropped(statements, table, tableNow, column) == 1;
    }

    /** -1: not dropped by ALTER TABLE ... DROP [COLUMN]; 0: dropped, no statement writing rows before named it; 1: one did. */
    private static int dropped(List<String> statements, String table, String tableNow, String column) {
        String key = SqliteNames.key(column);
        boolean read = false;
        for (String s : statements) {
            String code = code(s);
            if (!read && WRITES_ROWS.matcher(code).matches() && mentions(code, column)) read = true;
            Matcher d = DROP_COLUMN.matcher(code);
            if (d.matches() && SqliteNames.key(SqlLexer.unquote(d.group(2))).equals(key)) {
                String t = SqliteNames.key(SqlLexer.unquote(d.group(1)));
                if (t.equals(SqliteNames.key(table)) || t.equals(SqliteNames.key(tableNow))) return read ? 1 : 0;
            }
        }
        return -1;
    }

    /**
     * Whether the statements leave {@code column} of {@code table} behind: drop it ({@code ALTER TABLE DROP COLUMN}), or copy
     * the table's rows into the table that becomes it, or back from a copy, without reading it. Then a column of its name in
     * other letter case there afterwards is another one (dropped and added), not this one with its values changed.
     */
    static boolean leftBehind(List<String> statements, String table, String column) {
        Map<String, String> becomes = renames(statements);
        Followed followed = new Followed(table);
        String key = SqliteNames.key(column);
        for (String s : statements) {
            String code = code(s);
            if (followed.renamedOrCopied(code)) continue;
            String current = followed.current;
            Matcher d = DROP_COLUMN.matcher(code);
            if (d.matches() && SqliteNames.key(SqlLexer.unquote(d.group(1))).equals(SqliteNames.key(current))
                    && SqliteNames.key(SqlLexer.unquote(d.group(2))).equals(key)) return true;
            Copy copy = copyOf(code, SqliteNames.key(current), becomes, followed.copies);
            if (copy != null) return copy.items().stream().noneMatch(item -> item != null && SqliteNames.key(item).equals(key));
        }
        return false;
    }

    /**
     * The tables the statements back up, drop and create again under their name, each as {table, backup}: a statement fills a new
     * table from the table ({@code CREATE TABLE orders_bak AS SELECT * FROM orders}, or {@code INSERT INTO orders_bak ... SELECT ...
     * FROM orders} into one they created), a later one drops the table and a later one creates it again. The backup holds the
     * table's old rows, for a later migration to copy back.
     */
    static List<String[]> backups(List<String> statements) {
        List<String[]> out = new java.util.ArrayList<>();
        for (int j = 0; j < statements.size(); j++) {
            String table = dev.godwit.engine.sql.StatementKind.droppedTable(statements.get(j));
            if (table == null) continue;
            boolean createdAgain = false;
            for (int k = j + 1; k < statements.size() && !createdAgain; k++) {
                String made = dev.godwit.engine.sql.StatementKind.createdTable(statements.get(k));
                createdAgain = made != null && SqliteNames.key(made).equals(SqliteNames.key(table));
            }
            if (!createdAgain) continue;
            java.util.Set<String> created = new java.util.HashSet<>();
            for (int i = 0; i < j; i++) {
                String st = statements.get(i);
                List<SqlLexer.Token> t = SqlLexer.significant(st);
                String made = dev.godwit.engine.sql.StatementKind.createdTable(st);
                String into = null;
                if (made != null) {
                    created.add(SqliteNames.key(made));
                    if (t.stream().anyMatch(x -> x.is("AS"))) into = made;   // CREATE TABLE b AS SELECT ...
                } else if (t.size() > 3 && t.get(0).is("INSERT") && t.get(1).is("INTO") && t.get(2).isName()
                        && created.contains(SqliteNames.key(t.get(2).name())) && t.stream().anyMatch(x -> x.is("SELECT"))) {
                    into = t.get(2).name();
                }
                if (into == null || SqliteNames.key(into).equals(SqliteNames.key(table)) || !mentions(code(st), table)) continue;
                String backup = into;
                if (out.stream().noneMatch(b -> SqliteNames.key(b[1]).equals(SqliteNames.key(backup)))) out.add(new String[] {table, backup});
            }
        }
        return out;
    }

    /**
     * Whether {@code statement} writes rows of its own into {@code table}: {@code INSERT [OR ...] INTO table [(...)] VALUES (...)}, no
     * SELECT (a dump's rows written out, not copied from a table).
     */
    static boolean insertsValuesInto(String statement, String table) {
        List<SqlLexer.Token> t = SqlLexer.significant(statement);
        int i = 0;
        if (t.size() > 1 && t.get(0).is("INSERT") && t.get(1).is("OR")) i = 3;
        else if (!t.isEmpty() && (t.get(0).is("INSERT") || t.get(0).is("REPLACE"))) i = 1;
        else return false;
        if (t.size() <= i + 1 || !t.get(i).is("INTO") || !t.get(i + 1).isName()) return false;
        return SqliteNames.key(t.get(i + 1).name()).equals(SqliteNames.key(table))
                && t.stream().anyMatch(x -> x.is("VALUES")) && t.stream().noneMatch(x -> x.is("SELECT"));
    }

    /** The first statement that {@link #insertsValuesInto} {@code table}, or -1. */
    static int insertingValuesInto(List<String> statements, String table) {
        for (int i = 0; i < statements.size(); i++) if (insertsValuesInto(statements.get(i), table)) return i;
        return -1;
    }

    /** The migration's {@code ALTER TABLE a RENAME TO b}, in order: from-name, to-name. */
    static List<String[]> tableRenames(List<String> statements) {
        List<String[]> out = new java.util.ArrayList<>();
        for (String s : statements) {
            Matcher m = RENAME.matcher(code(s));
            if (m.matches()) out.add(new String[] {SqlLexer.unquote(m.group(1)), SqlLexer.unquote(m.group(2))});
        }
        return out;
    }

    /**
     * The name {@code table} has after {@code renames} ({@link #tableRenames}), followed in their order: {@code a -> b} then
     * {@code c -> a} leaves a as b and c as a. Chained by name regardless of order, c was taken for b, and its rows compared
     * with a's (fz274x_5: "rows deleted" on a migration that kept them all).
     */
    static String nameAfter(List<String[]> renames, String table) {
        String current = table;
        for (String[] r : renames) if (SqliteNames.key(r[0]).equals(SqliteNames.key(current))) current = r[1];
        return current;
    }

    /** {@code ALTER TABLE a RENAME TO b} in the migration, lower-cased from-name to to-name. */
    static Map<String, String> renames(List<String> statements) {
        Map<String, String> out = new HashMap<>();
        for (String[] r : tableRenames(statements)) out.put(SqliteNames.key(r[0]), r[1]);
        return out;
    }

    /**
     * The first statement that drops {@code table} or deletes from it, under its name or one a rename of the migration gives it
     * ({@code ALTER TABLE customers RENAME TO old_customers}, then {@code DROP TABLE old_customers}): where its children's ON DELETE
     * actions fire; -1 for none.
     */
    static int removesRowsOf(List<String> statements, String table) {
        java.util.Set<String> names = new java.util.HashSet<>(List.of(SqliteNames.key(table)));
        for (String[] r : tableRenames(statements)) if (names.contains(SqliteNames.key(r[0]))) names.add(SqliteNames.key(r[1]));
        Pattern p = Pattern.compile("(?is)^\\s*(DROP\\s+TABLE(\\s+IF\\s+EXISTS)?|DELETE\\s+FROM)\\s+(?:main\\s*\\.\\s*)?" + IDENT + ".*");
        for (int i = 0; i < statements.size(); i++) {
            Matcher m = p.matcher(code(statements.get(i)));
            if (m.matches() && names.contains(SqliteNames.key(SqlLexer.unquote(m.group(3))))) return i;
        }
        return -1;
    }

    /**
     * The first statement that drops or deletes from {@code parent}: where ON DELETE actions fire; else the first that updates
     * its rows or replaces them (an UPDATE, an upsert's DO UPDATE, a REPLACE): where ON UPDATE actions fire, or ON DELETE ones
     * for the rows a REPLACE deletes.
     */
    static int parentStatement(List<String> statements, String parent) {
        Pattern p = Pattern.compile("(?is)^\\s*(DROP\\s+TABLE(\\s+IF\\s+EXISTS)?|DELETE\\s+FROM)\\s+" + IDENT + ".*");
        for (int i = 0; i < statements.size(); i++) {
            Matcher m = p.matcher(code(statements.get(i)));
            if (m.matches() && SqliteNames.key(SqlLexer.unquote(m.group(3))).equals(SqliteNames.key(parent))) return i;
        }
        for (int i = 0; i < statements.size(); i++) {
            Matcher m = PARENT_WRITE.matcher(code(statements.get(i)));
            if (!m.matches() || !SqliteNames.key(SqlLexer.unquote(m.group(2))).equals(SqliteNames.key(parent))) continue;
            // a plain INSERT changes no row there unless its upsert updates one
            if (!m.group(1).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT).equals("INSERT INTO") || UPSERT_UPDATE.matcher(m.group(3)).find()) return i;
        }
        return -1;
    }

    /** A statement that updates or replaces rows of the table it names first: the verb, the table, the rest. */
    private static final Pattern PARENT_WRITE = Pattern.compile("(?is)^\\s*(UPDATE(?:\\s+OR\\s+\\w+)?|REPLACE\\s+INTO|INSERT\\s+OR\\s+REPLACE\\s+INTO"
            + "|INSERT\\s+INTO)\\s+(?:main\\s*\\.\\s*)?" + IDENT + "(.*)");
    private static final Pattern UPSERT_UPDATE = Pattern.compile("(?i)\\bDO\\s+UPDATE\\b");

    /**
     * Whether an INSERT or UPDATE of {@code table} spells {@code column} in double quotes: the only spelling SQLite reads as a string
     * when no column has that name. A column whose own name is its default or a literal the migration writes (coalesce(`kind`,
     * 'kind'), ADD `kind` DEFAULT 'kind') holds that text on purpose.
     */
    static boolean readsAsString(List<String> statements, String table, String column) {
        return readsAsString(statements, said(statements), table, column);
    }

    /** As {@link #readsAsString(List, String, String)}, with {@code said} the statements' {@link #said words}. */
    static boolean readsAsString(List<String> statements, List<Mentions> said, String table, String column) {
        for (int i = 0; i < statements.size(); i++) {
            if (!said.get(i).of(table) || !said.get(i).of(column)) continue;   // the cheap test first: this runs per table and column
            String s = code(statements.get(i)).strip();
            String head = s.length() > 6 ? s.substring(0, 6).toUpperCase(Locale.ROOT) : "";
            if (!head.equals("INSERT") && !head.equals("UPDATE") || !mentions(s, table) || !mentions(s, column)) continue;
            for (SqlLexer.Token t : SqlLexer.significant(s)) {
                if (t.kind() == SqlLexer.Kind.QUOTED && t.text().startsWith("\"") && t.name().equalsIgnoreCase(column)) return true;
            }
        }
        return false;
    }

    /**
     * The aggregates whose subquery gives a row whatever it finds: {@code (SELECT max(created_at) FROM posts WHERE ...)} is a value
     * recomputed, its NULL over no row included, not a backfill that misses rows ({@link #subquerySets} leaves them out).
     */
    private static final Set<String> AGGREGATES = Set.of("max", "min", "sum", "total", "avg", "count", "group_concat", "string_agg",
            "json_group_array", "json_group_object");

    /**
     * The columns an upsert into one of {@code tables} (case-folded names) sets in its DO UPDATE from {@code excluded.x} where the
     * INSERT does not give {@code x} ({@code INSERT INTO settings (k, v) VALUES ... ON CONFLICT (k) DO UPDATE SET note = excluded.note}):
     * {@code excluded.note} is then the column's default, on every row the upsert conflicts with. Not one the INSERT gives (its column
     * list names it, or it has none and gives every column), nor one wrapped in a function ({@code coalesce(excluded.note, note)}).
     * Each as {the column set, the column of {@code excluded} it is set from}. Empty for any other statement.
     */
    static List<String[]> excludedDefaults(String sql, Set<String> tables) {
        List<SqlLexer.Token> t = SqlLexer.significant(code(sql));
        // after a leading WITH x AS (...): WITH incoming(k, v) AS (VALUES ...) INSERT INTO settings (k, v) SELECT ... ON CONFLICT ...
        int verb = t.isEmpty() ? -1 : WriteTarget.verb(t);
        if (verb < 0 || !(t.get(verb).is("INSERT") || t.get(verb).is("REPLACE"))) return List.of();
        String table = WriteTarget.name(t, verb);   // case-folded, past a schema
        if (table == null || !tables.contains(table)) return List.of();
        WriteTarget.ColumnList list = WriteTarget.columnList(t, verb);
        Set<String> given = new HashSet<>();
        if (list.columns() != null) {
            for (SqlLexer.Token c : list.columns()) given.add(SqliteNames.key(c.name()));
        } else if (!(list.end() < t.size() && t.get(list.end()).is("DEFAULT"))) {
            return List.of();   // no column list: every column given
        }
        List<String[]> out = new ArrayList<>();
        for (int[] clause : Upsert.conflictClauses(t, list.end())) {
            // each assignment of its DO UPDATE SET: col = excluded.x alone
            int set = Upsert.doUpdateSet(t, clause);
            if (set < 0) continue;
            for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, set + 1, clause[1])) {
                int start = a.start();
                if (a.end() - start == 5 && t.get(start).isName() && t.get(start + 1).isPunct("=") && t.get(start + 2).is("excluded")
                        && t.get(start + 3).isPunct(".") && t.get(start + 4).isName() && !given.contains(SqliteNames.key(t.get(start + 4).name()))) {
                    out.add(new String[] {t.get(start).name(), t.get(start + 4).name()});
                } else if (t.get(start).isPunct("(")) {
                    rowValueFromExcluded(t, a, given, out);
                }
            }
        }
        return out;
    }

    /**
     * The columns a {@code REPLACE INTO} / {@code INSERT OR REPLACE INTO} one of {@code tables} (case-folded names) gives, by its
     * column list ({@code INSERT OR REPLACE INTO settings (k, v) VALUES ('a', 5)}): each row it replaces is deleted and the new one
     * holds every other column's default. Null for any other statement, or one without a column list (it gives every column).
     */
    static Set<String> replaceGives(String sql, Set<String> tables) {
        List<SqlLexer.Token> t = SqlLexer.significant(code(sql));
        int verb = t.isEmpty() ? -1 : WriteTarget.verb(t);
        if (verb < 0 || t.get(verb).is("UPDATE") || !WriteTarget.replaces(t, verb)) return null;
        String table = WriteTarget.name(t, verb);
        if (table == null || !tables.contains(table)) return null;
        WriteTarget.ColumnList list = WriteTarget.columnList(t, verb);
        if (list == null || list.columns() == null) return null;
        Set<String> given = new HashSet<>();
        for (SqlLexer.Token c : list.columns()) given.add(SqliteNames.key(c.name()));
        return given;
    }

    /**
     * A row-value assignment of a DO UPDATE, {@code (v, note) = (excluded.v, excluded.note)}:
     * each column set from {@code excluded.x} alone where the INSERT does not give {@code x}, into {@code out} as {@link
     * #excludedDefaults} gives them. Nothing for another value ({@code = (SELECT ...)}) or a count of values that differs.
     */
    private static void rowValueFromExcluded(List<SqlLexer.Token> t, dev.godwit.engine.sql.SetList.Assignment a, Set<String> given, List<String[]> out) {
        List<String> columns = a.columns();
        int k = a.value();
        if (k >= a.end() || !t.get(k).isPunct("(")) return;
        List<List<SqlLexer.Token>> values = new ArrayList<>();
        for (dev.godwit.engine.sql.CallArguments.Argument v : dev.godwit.engine.sql.CallArguments.of(t, k + 1, a.end())) {
            values.add(t.subList(v.start(), v.end()));
        }
        if (values.size() != columns.size()) return;
        for (int i = 0; i < columns.size(); i++) {
            List<SqlLexer.Token> v = values.get(i);
            if (v.size() == 3 && v.get(0).is("excluded") && v.get(1).isPunct(".") && v.get(2).isName()
                    && !given.contains(SqliteNames.key(v.get(2).name()))) {
                out.add(new String[] {columns.get(i), v.get(2).name()});
            }
        }
    }

    /**
     * The columns an UPDATE of one of {@code tables} (case-folded names) sets to a bare scalar subquery, {@code SET c = (SELECT ...)}
     * or {@code SET (a, b) = (SELECT ...)}, which gives NULL where the subquery finds no row; not one wrapped in a function
     * ({@code coalesce((SELECT ...), c)}) or compared. Empty for any other statement.
     */
    static List<String> subquerySets(String sql, Set<String> tables) {
        return updateSets(sql, tables, true, null);
    }

    /**
     * As {@link #subquerySets}, each column with its subquery's text, {@code (SELECT ...)}: {@code EXISTS} before it tells, on
     * the table's rows before the UPDATE, where it finds a row (whose value may be NULL) from where it finds none.
     */
    static Map<String, String> subquerySetTexts(String sql, Set<String> tables) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        updateSets(sql, tables, true, out);
        return out;
    }

    /**
     * Every column an UPDATE of one of {@code tables} (case-folded names) assigns, whatever the value ({@code SET c = NULL},
     * {@code SET c = (SELECT ...)}, {@code SET (a, b) = ...}); empty for any other statement.
     */
    static List<String> updateSets(String sql, Set<String> tables) {
        return updateSets(sql, tables, false, null);
    }

    /**
     * Where the SET of an UPDATE of one of {@code tables} (case-folded names) stands, after a leading WITH too ({@code WITH m AS
     * (SELECT ...) UPDATE orders SET ...}); -1 for any other statement.
     */
    private static int updateSet(List<SqlLexer.Token> t, Set<String> tables) {
        int verb = t.isEmpty() ? -1 : WriteTarget.verb(t);
        if (verb < 0 || !t.get(verb).is("UPDATE")) return -1;
        String table = WriteTarget.name(t, verb);   // case-folded, past a schema
        if (table == null || !tables.contains(table)) return -1;
        return Clauses.of(t, WriteTarget.at(t, verb) + 1).set();
    }

    private static List<String> updateSets(String sql, Set<String> tables, boolean bareSubqueryOnly, Map<String, String> subqueries) {
        String code = code(sql);
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        int set = updateSet(t, tables);
        if (set < 0) return List.of();
        List<String> out = new ArrayList<>();
        for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, set + 1, t.size())) {
            if (!bareSubqueryOnly) {
                out.addAll(a.columns());
                continue;
            }
            // the value: ( SELECT ... ) alone, up to the next comma at depth 0 or the end of SET
            // not an aggregate's, (SELECT max(created_at) FROM posts WHERE ...): it gives a row whatever it finds, and its NULL
            // over none is the value recomputed (a denormalised column brought up to date), not a row missed
            // (SELECT DISTINCT max(...)) too
            int v = a.value();
            int fn = v + 2 < t.size() && (t.get(v + 2).is("DISTINCT") || t.get(v + 2).is("ALL")) ? v + 3 : v + 2;
            boolean aggregate = fn + 1 < t.size() && t.get(fn + 1).isPunct("(") && AGGREGATES.contains(t.get(fn).text().toLowerCase(Locale.ROOT));
            if (v + 1 >= t.size() || !t.get(v).isPunct("(") || !t.get(v + 1).is("SELECT") || aggregate) continue;
            int d = 0;
            int end = v;
            for (; end < t.size(); end++) {
                if (t.get(end).isPunct("(")) d++;
                else if (t.get(end).isPunct(")") && --d == 0) break;
            }
            if (end + 1 < a.end()) continue;   // something follows the subquery: not it alone
            out.addAll(a.columns());
            if (subqueries != null && end < t.size()) {
                for (String c : a.columns()) subqueries.putIfAbsent(c, code.substring(t.get(v).start(), t.get(end).end()));
            }
        }
        return out;
    }

    /** What {@link #caseWithoutElseSets} puts in a CASE's missing ELSE: a value no THEN of a migration gives. */
    static final String NO_WHEN_MATCHED = "'(godwit: no WHEN matched)'";

    /**
     * The columns an UPDATE of one of {@code tables} (case-folded names) sets to a bare {@code CASE ... END} without {@code ELSE}
     * ({@code SET plan = CASE WHEN plan = 'basic' THEN 'starter' WHEN plan = 'pro' THEN 'team' END}), which gives NULL to every
     * row no WHEN matches; each with the CASE given {@code ELSE} {@link #NO_WHEN_MATCHED}, so a query on the rows before the
     * UPDATE tells those rows by it. Not a CASE inside another expression ({@code coalesce(CASE ... END, plan)}), nor one with
     * an ELSE. Empty for any other statement.
     */
    static Map<String, String> caseWithoutElseSets(String sql, Set<String> tables) {
        String code = code(sql);
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        int set = updateSet(t, tables);
        if (set < 0) return Map.of();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, set + 1, t.size())) {
            int v = a.value();
            int end = a.end();
            if (a.columns().size() != 1 || v != a.start() + 2 || !t.get(v).is("CASE") || end - 1 <= v || !t.get(end - 1).is("END")) continue;
            // the CASE must be the whole value, and its own ELSE (not a nested CASE's) absent
            int depth = 0;
            int cases = 0;
            boolean whole = true;
            boolean hasElse = false;
            for (int k = v; k < end; k++) {
                SqlLexer.Token x = t.get(k);
                if (x.isPunct("(")) depth++;
                else if (x.isPunct(")")) depth--;
                else if (depth == 0 && x.is("CASE")) cases++;
                else if (depth == 0 && x.is("END") && --cases == 0 && k != end - 1) whole = false;
                else if (depth == 0 && cases == 1 && x.is("ELSE")) hasElse = true;
            }
            if (whole && !hasElse) {
                out.putIfAbsent(a.columns().get(0), code.substring(t.get(v).start(), t.get(end - 1).start()) + "ELSE " + NO_WHEN_MATCHED + " END");
            }
        }
        return out;
    }

    /**
     * The columns an UPDATE of one of {@code tables} (case-folded names) sets to an expression of the column's own value ({@code SET
     * published_at = strftime('%Y-%m-%dT%H:%M:%SZ', published_at)}, {@code SET data = json_extract(data, '$.ui')}), each with that
     * expression as written: one that gives NULL for a value it cannot read (a date in another format, a JSON without the path)
     * empties it. Not an expression that can mean NULL (it says {@code NULL}, {@code nullif}, {@code iif} or {@code CASE}), one
     * reading a subquery (its own rule, {@link #subquerySets}), nor the bare column. Empty for any other statement.
     */
    static Map<String, String> ownValueSets(String sql, Set<String> tables) {
        String code = code(sql);
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        int set = updateSet(t, tables);
        if (set < 0) return Map.of();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (dev.godwit.engine.sql.SetList.Assignment a : dev.godwit.engine.sql.SetList.assignments(t, set + 1, t.size())) {
            int v = a.value();
            int end = a.end();
            if (a.columns().size() != 1 || v != a.start() + 2 || end - v < 2) continue;
            String column = a.columns().get(0);
            boolean reads = false;
            boolean maySayNull = false;
            for (int k = v; k < end; k++) {
                SqlLexer.Token x = t.get(k);
                if (x.is("NULL") || x.is("NULLIF") || x.is("IIF") || x.is("CASE") || x.is("SELECT")) maySayNull = true;
                // the column itself, not a function or a text of its name ('published_at' is a string, published_at( a call)
                boolean call = k + 1 < end && t.get(k + 1).isPunct("(");
                if ((x.kind() == SqlLexer.Kind.WORD || x.kind() == SqlLexer.Kind.QUOTED) && !call && SqliteNames.key(x.name()).equals(SqliteNames.key(column))) {
                    reads = true;
                }
            }
            if (reads && !maySayNull) out.putIfAbsent(column, code.substring(t.get(v).start(), t.get(end - 1).end()));
        }
        return out;
    }

    /**
     * A statement's leading {@code WITH [RECURSIVE] x AS (...), ...} as written, up to the INSERT, UPDATE or DELETE it leads (so a
     * subquery of the statement that reads a common table expression can be run on its own after it); "" where there is none.
     */
    static String withClause(String statement) {
        String code = code(statement);
        List<SqlLexer.Token> t = SqlLexer.significant(code);
        return WriteTarget.withText(code, t, t.isEmpty() ? 0 : WriteTarget.verb(t));
    }

    /** The first INSERT or UPDATE that names both the table (or its rebuild copy) and the column. */
    static int writerStatement(List<String> statements, String table, String column) {
        for (int i = 0; i < statements.size(); i++) {
            String s = code(statements.get(i)).strip();
            String head = s.length() > 6 ? s.substring(0, 6).toUpperCase(Locale.ROOT) : "";
            if (!head.equals("INSERT") && !head.equals("UPDATE")) continue;
            if (mentions(s, table) && mentions(s, column)) return i;
        }
        return -1;
    }

    /**
     * Whether {@code word} occurs in {@code sql} as a whole word (any case; inside quotes and literals too, which only errs
     * towards checking more tables). Called for every statement and table pair, so no regular expression is compiled here.
     */
    static boolean mentions(String sql, String word) {
        if (word.isEmpty()) return false;
        return occursAsWord(sql.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #mentions} for one text and many names: the text is lower-cased and cut into its words once, and a name made
     * of word characters only is then one set lookup (such a name occurs as a whole word exactly when it is one of them).
     */
    static final class Mentions {
        private final String text;
        final Set<String> words = new HashSet<>();

        Mentions(String sql) {
            text = sql.toLowerCase(Locale.ROOT);
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean word = i < text.length() && isWordChar(text.charAt(i));
                if (word && start < 0) start = i;
                if (!word && start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            }
        }

        /** Whether a name is one word of a text, so that it can be found among the text's words. */
        static boolean oneWord(String name) {
            if (name.isEmpty()) return false;
            String w = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < w.length(); i++) if (!isWordChar(w.charAt(i))) return false;
            return true;
        }

        boolean of(String name) {
            if (name.isEmpty()) return false;
            String w = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < w.length(); i++) if (!isWordChar(w.charAt(i))) return occursAsWord(text, w);
            return words.contains(w);
        }
    }

    private static boolean occursAsWord(String text, String w) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            boolean startsWord = at == 0 || !isWordChar(text.charAt(at - 1));
            int end = at + w.length();
            if (startsWord && (end == text.length() || !isWordChar(text.charAt(end)))) return true;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * A statement from its first character of code: what the patterns here read. A hand-written statement may start with
     * comments (every {@code db:generate -Ddb.custom} file's first one does, the template's), which hid a DELETE's cascade.
     */
    static String code(String statement) {
        return dev.godwit.engine.sql.StatementKind.fromCode(statement);
    }
}
