package dev.godwit.engine.pull;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Java names for SQL names, for {@code db:pull}: a class per table and view, a camelCase field per
 * column and a constant per class, each valid Java and unique where it must be (keywords and
 * classes the generated files import get a suffix).
 */
final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_",
            "var", "yield", "record", "sealed", "permits", "non-sealed");

    /** Class names that would clash with the imports or with java.lang in the generated files. */
    private static final Set<String> RESERVED_CLASSES = Set.of(
            "Table", "Column", "View", "FkAction", "Generated", "ColumnMode", "String", "Object", "Integer", "Long",
            "Double", "Float", "Short", "Byte", "Boolean", "Character", "Number", "Math", "System", "Class", "Record",
            "Enum", "Void", "Override", "Deprecated", "SuppressWarnings", "SafeVarargs", "FunctionalInterface",
            "Exception", "Error", "Throwable", "RuntimeException", "Thread", "Runtime", "Iterable", "Comparable",
            "Runnable", "Process", "Module", "Package", "StringBuilder", "CharSequence", "Cloneable", "AutoCloseable");

    private JavaNames() {
    }

    /** The Java names of one schema's tables, views and columns. */
    static final class Names {
        final Map<String, String> classOf = new HashMap<>();
        final Map<String, String> viewClassOf = new HashMap<>();
        final Map<String, Map<String, String>> fieldOf = new HashMap<>();
        final Map<String, TableDef> tables = new HashMap<>();
        final Set<String> classNames = new HashSet<>();

        Names(SchemaDef schema) {
            for (TableDef t : schema.tables()) tables.put(t.name(), t);
            List<String> tableNames = schema.tables().stream().map(TableDef::name).sorted().toList();
            List<String> viewNames = schema.views().stream().map(ViewDef::name).sorted().toList();
            Map<String, String> tableBases = new LinkedHashMap<>();
            for (String n : tableNames) tableBases.put(n, baseClass(n, "Table"));
            Map<String, String> viewBases = new LinkedHashMap<>();
            for (String n : viewNames) viewBases.put(n, baseClass(n, "View"));
            // Files and classes differ only in letter case on macOS and Windows: one name per class there too.
            Set<String> usedLower = new HashSet<>();
            // Names are given in three rounds, each in the order of the SQL names (whatever order the database lists them in),
            // so that a table keeps its own name as a class whenever it can: tables "User Settings", user_settings and
            // UserSettings2 were classes UserSettings, UserSettings2 and UserSettings22, class UserSettings2 not being table
            // UserSettings2. First the tables and views whose name is a class name as it is, then the other names' classes
            // where free, then, for the names that clash, the class with the lowest number after it that no table or view has.
            for (Map<String, String> bases : List.of(tableBases, viewBases)) {
                for (Map.Entry<String, String> e : bases.entrySet()) {
                    if (e.getValue().equals(e.getKey()) && usedLower.add(e.getValue().toLowerCase(Locale.ROOT))) put(bases == viewBases, e.getKey(), e.getValue());
                }
            }
            for (Map<String, String> bases : List.of(tableBases, viewBases)) {
                for (Map.Entry<String, String> e : bases.entrySet()) {
                    if (!assigned(bases == viewBases, e.getKey()) && usedLower.add(e.getValue().toLowerCase(Locale.ROOT))) put(bases == viewBases, e.getKey(), e.getValue());
                }
            }
            Set<String> allBases = new HashSet<>();
            for (Map<String, String> bases : List.of(tableBases, viewBases)) for (String b : bases.values()) allBases.add(b.toLowerCase(Locale.ROOT));
            for (Map<String, String> bases : List.of(tableBases, viewBases)) {
                for (Map.Entry<String, String> e : bases.entrySet()) {
                    if (assigned(bases == viewBases, e.getKey())) continue;
                    String c = e.getValue();
                    String candidate = c;
                    for (int i = 2; allBases.contains(candidate.toLowerCase(Locale.ROOT)) || !usedLower.add(candidate.toLowerCase(Locale.ROOT)); i++) candidate = c + i;
                    put(bases == viewBases, e.getKey(), candidate);
                }
            }
            classNames.addAll(classOf.values());
            classNames.addAll(viewClassOf.values());
            for (TableDef t : schema.tables()) {
                Map<String, String> fields = new LinkedHashMap<>();
                Set<String> used = new HashSet<>();   // besides the class names, which no field may take either
                used.add(constantOf(classOf.get(t.name())));
                for (ColumnDef c : t.columns()) {
                    String f = fieldName(c.name());
                    String base = f;
                    for (int i = 2; classNames.contains(f) || used.contains(f); i++) f = base + i;
                    used.add(f);
                    fields.put(c.name(), f);
                }
                fieldOf.put(t.name(), fields);
            }
        }

        /** The class a table or view is named by before clashes: its {@link #className}, with a suffix where that is reserved. */
        private static String baseClass(String sqlName, String suffix) {
            String base = className(sqlName);
            return RESERVED_CLASSES.contains(base) ? base + suffix : base;
        }

        private boolean assigned(boolean view, String sqlName) {
            return (view ? viewClassOf : classOf).containsKey(sqlName);
        }

        private void put(boolean view, String sqlName, String cls) {
            (view ? viewClassOf : classOf).put(sqlName, cls);
        }

        String constantOf(String cls) {
            String c = constantName(cls);
            return c.equals(cls) ? c + "_" : c;
        }

        /** The Java expression for a column's field, e.g. {@code Users.USERS.id}; null when not in the schema. */
        String ref(String table, String column) {
            String cls = classOf.get(table);
            if (cls == null) return null;
            String f = fieldOf.get(table).get(column);
            return f == null ? null : cls + "." + constantOf(cls) + "." + f;
        }
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                // Split camelCase: userId -> user, Id.
                if (w.length() > 0 && Character.isUpperCase(cp) && Character.isLowerCase(w.codePointBefore(w.length()))) {
                    words.add(w.toString());
                    w.setLength(0);
                }
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        });
        if (w.length() > 0) words.add(w.toString());
        return words;
    }

    private static String capitalize(String word) {
        boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
        String rest = word.substring(word.offsetByCodePoints(0, 1));
        return new String(Character.toChars(Character.toUpperCase(word.codePointAt(0)))) + (allUpper ? rest.toLowerCase(Locale.ROOT) : rest);
    }

    /**
     * {@code agent_versions} -> {@code AgentVersions}. Always ASCII ({@code Bücher} -> {@code Bucher}, {@code Straße} ->
     * {@code Strasse}; letters with no ASCII form are left out, and a name of
     * nothing else is {@code T} and their code points, {@code 日本} -> {@code T65e5672c}): the class names the file, and Java encodes file
     * names in the locale's encoding ({@code sun.jnu.encoding}), so under {@code LANG=C} (a CI container without a locale)
     * {@code Bücher.java} could be neither written by db:pull nor found by javac. Field names stay as the column has them: they
     * live inside the UTF-8 file.
     */
    static String className(String sqlName) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(toAscii(sqlName))) sb.append(capitalize(w));
        if (sb.length() == 0) {
            // letters with no ASCII form only ("日本"): their code points, so the name is the same on every pull
            sqlName.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> sb.append(Integer.toHexString(cp)));
            if (sb.length() > 0) sb.insert(0, 'T');
        }
        if (sb.length() == 0) sb.append("Table");
        if (!Character.isJavaIdentifierStart(sb.codePointAt(0))) sb.insert(0, 'T');
        return sb.toString();
    }

    /** Letters folded to ASCII (accents dropped, ß as ss, æ as ae, ...); what has no ASCII form becomes a space (a word break). */
    static String toAscii(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
                return;
            }
            if (Character.getType(cp) == Character.NON_SPACING_MARK) return;   // the accent of an NFKD-decomposed letter
            String folded = switch (cp) {
                case '\u00df' -> "ss";
                case '\u00e6' -> "ae";
                case '\u00c6' -> "Ae";
                case '\u0153' -> "oe";
                case '\u0152' -> "Oe";
                case '\u00f8' -> "o";
                case '\u00d8' -> "O";
                case '\u0142' -> "l";
                case '\u0141' -> "L";
                case '\u0111' -> "d";
                case '\u0110' -> "D";
                case '\u00f0' -> "d";
                case '\u00d0' -> "D";
                case '\u00fe' -> "th";
                case '\u00de' -> "Th";
                case '\u0131' -> "i";
                default -> " ";
            };
            sb.append(folded);
        });
        return sb.toString();
    }

    /** {@code created_at} -> {@code createdAt}; keywords get a trailing underscore. */
    static String fieldName(String sqlName) {
        List<String> ws = words(sqlName);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            if (i == 0) sb.append(w.equals(w.toUpperCase(Locale.ROOT)) ? w.toLowerCase(Locale.ROOT)
                    : new String(Character.toChars(Character.toLowerCase(w.codePointAt(0)))) + w.substring(w.offsetByCodePoints(0, 1)));
            else sb.append(capitalize(w));
        }
        if (sb.length() == 0) sb.append("column");
        if (!Character.isJavaIdentifierStart(sb.codePointAt(0))) sb.insert(0, 'c');
        String f = sb.toString();
        return KEYWORDS.contains(f) ? f + "_" : f;
    }

    /** {@code AgentVersions} -> {@code AGENT_VERSIONS}. */
    static String constantName(String cls) {
        StringBuilder sb = new StringBuilder();
        int prev = 0;
        for (int i = 0; i < cls.length(); ) {
            int cp = cls.codePointAt(i);
            if (i > 0 && Character.isUpperCase(cp) && (Character.isLowerCase(prev) || Character.isDigit(prev))) sb.append('_');
            sb.appendCodePoint(Character.toUpperCase(cp));
            prev = cp;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
