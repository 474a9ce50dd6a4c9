package dev.godwit.engine.introspect;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.db.Database;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables of a database that are the schema code's, as drizzle-kit's {@code tablesFilter} names them (a glob or a list of
 * globs, {@code !} negating one): a database may hold tables of another system (a {@code legacy_kv}, a second tool's history)
 * that db:push must not drop, db:pull must not pull and db:verify -Ddb.drift must not report. The others are left out the way
 * introspection leaves out the history and SQLite's and D1's own tables: {@link #leftOut} adds their names to the tables
 * {@link Introspector} is told to leave out.
 *
 * <p>drizzle-kit's rule, kept as it is (drizzle-kit 0.31 {@code sqlitePushIntrospect}): with no pattern every table is kept;
 * else each pattern gives a vote, a plain pattern "keep" when it matches the name, a negated one "drop" when the name matches
 * what follows its {@code !} and "keep" when it does not; a table is kept when it got votes and all of them are "keep". So
 * {@code !legacy_*} alone keeps every other table, and {@code users,!tmp_*} keeps every table but the {@code tmp_*} ones (a
 * negated pattern votes "keep" for every name it does not match). Globs are minimatch's as drizzle-kit uses them: {@code *}
 * and {@code ?} match no {@code /}, {@code [...]} a class ({@code [!...]} or {@code [^...]} negated), {@code {a,b}} either;
 * compared letter case and all (a name SQLite compares without case is matched as the database spells it).
 */
public record TablesFilter(List<String> patterns) {

    /** No filter: every table is the schema code's. */
    public static final TablesFilter ALL = new TablesFilter(List.of());

    public TablesFilter {
        patterns = List.copyOf(patterns);
    }

    /**
     * The patterns of {@code -Ddb.tablesFilter} or {@code <tablesFilter>}: comma-separated (a comma inside {@code {...}} is the
     * glob's), blanks around each ignored; null or blank is {@link #ALL}.
     */
    public static TablesFilter parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) return ALL;
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char c : commaSeparated.toCharArray()) {
            if (c == '{') depth++;
            if (c == '}' && depth > 0) depth--;
            if (c == ',' && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return of(out);
    }

    /** The patterns given one by one (a plugin configuration's list); an empty or blank one is refused. */
    public static TablesFilter of(List<String> patterns) {
        List<String> out = new ArrayList<>();
        for (String p : patterns) {
            String s = p == null ? "" : p.strip();
            if (s.isEmpty() || s.chars().allMatch(c -> c == '!')) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "tablesFilter " + String.join(",", patterns) + " holds an empty pattern:"
                        + " give globs separated by commas, as -Ddb.tablesFilter=*,!legacy_* (each a table name, * and ? for any letters, ! before one to leave those out).");
            }
            out.add(s);
        }
        return new TablesFilter(out);
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether the table is the schema code's (drizzle-kit's rule, above). */
    public boolean matches(String table) {
        if (patterns.isEmpty()) return true;
        boolean voted = false;
        for (String p : patterns) {
            int bangs = 0;
            while (bangs < p.length() && p.charAt(bangs) == '!') bangs++;
            boolean negated = bangs % 2 == 1;
            boolean globMatches = glob(p.substring(bangs)).matcher(table).matches();
            if (p.startsWith("#")) globMatches = false;   // minimatch: a comment, matching nothing
            boolean keep = negated ? !globMatches : globMatches;
            if (negated && !keep) return false;
            if (keep) voted = true;
        }
        return voted;
    }

    /** The query {@link #leftOut} runs where there is a filter. */
    private static final String NAMES = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')";

    /** What {@link #leftOut} reads ({@link Database#readAhead}): its one query where there is a filter, nothing without. */
    public List<Database.Read> reads() {
        return patterns.isEmpty() ? List.of() : List.of(Database.Read.of(NAMES));
    }

    /**
     * {@code alsoLeftOut} and the database's tables and views this filter does not keep: what {@link Introspector} is to leave out
     * (a view by its own name, as drizzle-kit matches it; the triggers on a left-out table or view go with it). One query (on D1,
     * one request) when there is a filter; none without.
     */
    public Set<String> leftOut(Database db, Set<String> alsoLeftOut) {
        if (patterns.isEmpty()) return alsoLeftOut;
        Set<String> out = new LinkedHashSet<>(alsoLeftOut);
        // views too, by their own names: drizzle-kit 0.31 filters a view's columns by its name as a table's (pg's introspection
        // filters views so); a view of another system (over its legacy_kv) was dropped by db:push and pulled by db:pull
        for (Map<String, Object> r : db.query(NAMES)) {
            String name = String.valueOf(r.get("name"));
            if (!matches(name)) out.add(name);
        }
        return out;
    }

    /**
     * Refuses a schema ({@code whose}: "the schema code", "the migrations' schema") that declares a table this filter leaves out:
     * a table the code declares but the filter hides could be neither compared nor left alone.
     */
    public void refuseDeclaredOutside(SchemaDef schema, String whose) {
        if (patterns.isEmpty() || schema == null) return;
        List<String> outside = new ArrayList<>();
        for (TableDef t : schema.tables()) if (!matches(t.name())) outside.add(t.name());
        int tables = outside.size();
        for (dev.godwit.schema.model.ViewDef v : schema.views()) if (!matches(v.name())) outside.add(v.name());
        if (outside.isEmpty()) return;
        String what = tables == outside.size() ? (outside.size() == 1 ? "the table " : "the tables ")
                : tables == 0 ? (outside.size() == 1 ? "the view " : "the views ") : "the tables and views ";
        throw new GodwitException(GodwitException.Kind.BROKEN, whose + " declares " + what
                + String.join(", ", outside) + ", which tablesFilter " + describe() + " leaves out (the tables it keeps are the schema code's;"
                + " the others Godwit leaves alone). Add a pattern that keeps " + (outside.size() == 1 ? "it" : "them")
                + " to -Ddb.tablesFilter / <tablesFilter>, or remove " + (outside.size() == 1 ? "it" : "them") + " from the schema code.");
    }

    /** The patterns as -Ddb.tablesFilter takes them. */
    public String describe() {
        return String.join(",", patterns);
    }

    /** A minimatch glob (no slashes in a table name) as a regular expression over the whole name. */
    static Pattern glob(String glob) {
        return Pattern.compile(regex(glob), Pattern.DOTALL);
    }

    private static String regex(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        if (!glob.startsWith(".")) re.append("(?!\\.)");   // minimatch without dot: a leading . is matched by a . only
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < glob.length()) re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    else re.append("\\\\");
                }
                case '*' -> {
                    while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') i++;
                    re.append("[^/]*");
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        re.append("\\[");
                        break;
                    }
                    String body = glob.substring(i + 1, end);
                    boolean not = body.startsWith("!") || body.startsWith("^");
                    if (not) body = body.substring(1);
                    StringBuilder cls = new StringBuilder(not ? "[^" : "[");
                    for (char b : body.toCharArray()) cls.append(b == '-' ? "-" : Character.isLetterOrDigit(b) ? String.valueOf(b) : "\\" + b);
                    re.append(cls).append(']');
                    i = end;
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        re.append(')');
                    } else {
                        re.append("\\}");
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        while (braces-- > 0) re.append(')');   // an unclosed brace: as far as the pattern goes
        return re.toString();
    }
}
