package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the grid shows of a table or view: filters, sort column (null: the row key's order) and direction; {@code key} is null
 * where rows have none. Read from request parameters ({@link #parse}) and turned into SQL ({@link #filterSql}).
 */
record GridView(TableDef table, RowKey key, List<Filter> filters, ColumnDef sort, boolean ascending) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One filter: a column, an operator and (except for null tests) a value; {@code asText} is set when stored numbers and stored
     * texts are compared apart: where the column's mode is only guessed from its type name and the value reads differently as
     * text, stored integers are compared with {@code value}, other stored values with {@code asText}, as SQLite compares them;
     * in a column that takes anything ({@code realsToo}, = and ≠ only), stored integers and reals with {@code value}, and the
     * rest with the text as typed.
     */
    record Filter(ColumnDef column, String op, Object value, Object asText, boolean realsToo) {
        Filter(ColumnDef column, String op, Object value, Object asText) {
            this(column, op, value, asText, false);
        }
    }

    /**
     * The text of a <em>contains</em> filter on a column in a timestamp mode, whose integers the page shows as UTC dates
     * ({@code 2024-05-01T12:00:00Z}, milliseconds as {@code .123} where not 0): the filter finds the rows whose date as shown, or
     * whose digits, hold it. It searched the digits alone, so {@code contains 2024-05} found no row of a column that showed
     * May 2024 in every cell. {@code guessed}: the mode comes from the type name, whose integers may be seconds or milliseconds
     * ({@link StudioSchema#millis}).
     */
    record AsShown(String text, ColumnMode mode, boolean guessed) {
        /** The cell's date as the page writes it (studio.js isoFromEpoch), as SQL over the column; NULL where SQLite has no date for it. */
        String dateSql(String c) {
            String seconds = "strftime('%Y-%m-%dT%H:%M:%SZ', " + c + ", 'unixepoch')";
            String millis = "(strftime('%Y-%m-%dT%H:%M:%S', (" + c + " - ((" + c + " % 1000) + 1000) % 1000) / 1000, 'unixepoch')"
                    + " || CASE WHEN " + c + " % 1000 = 0 THEN 'Z' ELSE printf('.%03dZ', ((" + c + " % 1000) + 1000) % 1000) END)";
            if (guessed) return "(CASE WHEN abs(" + c + ") >= " + StudioSchema.MILLIS_FROM + " THEN " + millis + " ELSE " + seconds + " END)";
            return mode == ColumnMode.TIMESTAMP_MS ? millis : seconds;
        }
    }

    /**
     * The text of a <em>contains</em> filter on a column in json mode, whose JSON the page shows pretty-printed ({@code "name": "x"},
     * an item a line): found as stored, or, where the text is JSON, in its JSON minified by SQLite's json() with the text typed
     * minified too ({@link #minified}). Searched as stored alone, {@code "name": "x"} copied from the cell found nothing in a column
     * stored {@code {"name":"x"}}.
     */
    record AsJson(String text) {
        /**
         * {@code typed} without the spaces and line breaks outside its JSON strings, taken to begin outside one ({@code beginsInString}
         * false) or inside (a copy from the middle of a string on: {@code nn",\n  "tags"}, whose spaces are then after its quote).
         */
        static String minified(String typed, boolean beginsInString) {
            StringBuilder b = new StringBuilder();
            boolean inString = beginsInString;
            for (int i = 0; i < typed.length(); i++) {
                char ch = typed.charAt(i);
                if (inString && ch == '\\' && i + 1 < typed.length()) {
                    b.append(ch).append(typed.charAt(++i));
                    continue;
                }
                if (ch == '"') inString = !inString;
                if (inString || " \t\n\r".indexOf(ch) < 0) b.append(ch);
            }
            return b.toString();
        }
    }

    /**
     * A date without a time typed into a filter on a timestamp column: the whole day (UTC), from {@code start} to before
     * {@code end} in the column's unit, so {@code = 2024-05-01} finds every row of that day, not only those at midnight. Stored as
     * text (a DATETIME column of '2024-05-01 10:00:00' or '2024-05-01T10:00:00Z'), the day is the texts from '2024-05-01' to
     * before '2024-05-02' ({@link #ofText}).
     */
    record Day(Object start, Object end) {
        static Day of(ColumnMode mode, String text) {
            if (mode != ColumnMode.TIMESTAMP && mode != ColumnMode.TIMESTAMP_MS) return null;
            java.time.LocalDate d = date(text);
            if (d == null) return null;
            long s = d.atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
            long unit = mode == ColumnMode.TIMESTAMP ? 1 : 1000;
            return new Day(s * unit, (s + 86_400) * unit);
        }

        /** The day as ISO texts compare: from the date to before the next one. */
        static Day ofText(String text) {
            java.time.LocalDate d = date(text);
            return d == null ? null : new Day(d.toString(), d.plusDays(1).toString());
        }

        private static java.time.LocalDate date(String text) {
            try {
                return java.time.LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Reads a view from request parameters: {@code where=[[col, op, value], …]}, {@code sort=col}, {@code dir=asc|desc}. */
    static GridView parse(StudioSchema schema, TableDef t, Map<String, String> params) {
        List<Filter> filters = new ArrayList<>();
        String where = params.get("where");
        if (where != null && !where.isBlank()) {
            JsonNode w;
            try {
                w = JSON.readTree(where);
            } catch (IOException e) {
                throw StudioException.bad("where must be a JSON list of [column, op, value]: " + e.getMessage());
            }
            if (!w.isArray()) throw StudioException.bad("where must be a JSON list of [column, op, value]");
            for (JsonNode f : w) {
                if (!f.isArray() || f.size() < 2) throw StudioException.bad("each filter is [column, op, value]");
                String col = f.get(0).asText();
                // the page offers only columns the table has: one it lacks went since (a migration renamed or dropped it)
                ColumnDef c = t.column(col).orElseThrow(() -> StudioException.bad("table \"" + t.name() + "\" has no column \"" + col
                        + "\" (renamed or dropped since the filter was set, by a migration?): remove that filter (its ×), or open the table from the list"));
                String op = f.get(1).asText();
                Object value = null;
                Object asText = null;
                switch (op) {
                    case "eq", "ne", "lt", "gt" -> {
                        if (f.size() < 3 || f.get(2).isNull()) throw StudioException.bad("filter " + op + " on \"" + col + "\" needs a value");
                        value = Values.forFilter(c, schema.mode(t, c), f.get(2).asText());
                        Day day = Day.of(schema.mode(t, c), f.get(2).asText());
                        if (day != null && schema.integerGuess(t, c) == null) value = day;
                        if (schema.integerGuess(t, c) != null && day != null && schema.integerGuess(t, c) != ColumnMode.BOOLEAN) {
                            // a type name's timestamp: integers and texts may both be dates, and a date is the whole day in each
                            // (it found only the integer at midnight, and the text spelled exactly so); its integers may be
                            // seconds or milliseconds, each compared in its own unit
                            value = new Units(day, Day.of(ColumnMode.TIMESTAMP_MS, f.get(2).asText()));
                            asText = Day.ofText(f.get(2).asText());
                        } else if (schema.integerGuess(t, c) != null) {
                            Object plain = Values.forFilter(c, null, f.get(2).asText());
                            if (!Objects.equals(plain, value)) {
                                asText = schema.integerGuess(t, c) == ColumnMode.TIMESTAMP && plain instanceof String typed ? new TextInstant(typed) : plain;
                            }
                            Object millis = Values.forFilter(c, ColumnMode.TIMESTAMP_MS, f.get(2).asText());
                            if (schema.integerGuess(t, c) == ColumnMode.TIMESTAMP && !Objects.equals(millis, value)) value = new Units(value, millis);   // a date and time typed
                        } else if ((op.equals("eq") || op.equals("ne")) && schema.mode(t, c) == null && Values.takesAnything(c) && value instanceof Number) {
                            // No type: '007' and '12' may be stored as text. A number typed finds the numbers equal to it and the
                            // texts spelled as typed, so "= 007" finds the text '007' the cell shows (it found only the integer 7).
                            // < and > keep SQLite's order, the grid's sort: numbers before texts.
                            filters.add(new Filter(c, op, value, f.get(2).asText(), true));
                            continue;
                        }
                    }
                    case "contains" -> {
                        // JSON null is no value: its asText() is the text "null", which the filter would have searched for.
                        if (f.size() < 3 || f.get(2).isNull()) throw StudioException.bad("filter contains on \"" + col + "\" needs a value");
                        value = f.get(2).asText();
                        ColumnMode m = schema.mode(t, c);
                        if (m == ColumnMode.TIMESTAMP || m == ColumnMode.TIMESTAMP_MS) {
                            value = new AsShown(f.get(2).asText(), m, schema.integerGuess(t, c) != null);
                        } else if (m == ColumnMode.JSON) {
                            value = new AsJson(f.get(2).asText());
                        }
                    }
                    case "null", "notnull" -> { }
                    default -> throw StudioException.bad("unknown filter operator \"" + op + "\" (eq, ne, lt, gt, contains, null, notnull)");
                }
                filters.add(new Filter(c, op, value, asText));
            }
        }
        String sortName = params.get("sort");
        ColumnDef sort = null;
        if (sortName != null && !sortName.isEmpty()) {
            sort = t.column(sortName).orElseThrow(() -> StudioException.bad("table \"" + t.name() + "\" has no column \"" + sortName + "\" to sort by"
                    + " (renamed or dropped since the page was sorted by it, by a migration?): open the table from the list"));
        }
        String given = params.getOrDefault("dir", "asc");
        String dir = given.toLowerCase(Locale.ROOT);   // as SQL takes it: DESC, Desc
        if (!dir.equals("asc") && !dir.equals("desc")) throw StudioException.bad("dir is asc or desc, not \"" + given + "\"");
        return new GridView(t, schema.rowKey(t), filters, sort, dir.equals("asc"));
    }

    static void filterSql(GridView v, List<String> where, List<Object> params) {
        for (Filter f : v.filters()) {
            String c = Quoting.doubleQuoted(f.column().name());
            String cmp = switch (f.op()) {
                case "eq" -> c + " = ?";
                case "ne" -> c + " IS NOT ?";
                case "lt" -> c + " < ?";
                case "gt" -> c + " > ?";
                default -> null;
            };
            if (cmp != null && f.asText() != null) {
                String numbers = f.realsToo() ? "IN ('integer', 'real')" : "= 'integer'";
                String others = f.realsToo() ? "NOT IN ('integer', 'real')" : "<> 'integer'";
                String onNumbers = term(c, f.op(), cmp, f.value(), params);
                String onOthers = term(c, f.op(), cmp, f.asText(), params);
                where.add("((typeof(" + c + ") " + numbers + " AND " + onNumbers + ") OR (typeof(" + c + ") " + others + " AND " + onOthers + "))");
                continue;
            }
            if (f.value() instanceof Day || f.value() instanceof Units) {
                where.add(term(c, f.op(), cmp, f.value(), params));
                continue;
            }
            switch (f.op()) {
                case "eq", "ne", "lt", "gt" -> { where.add(cmp.equals(c + " IS NOT ?") ? "(" + cmp + ")" : cmp); params.add(f.value()); }
                case "contains" -> {
                    if (f.value() instanceof AsShown shown) {
                        // an integer in a timestamp mode is shown as its date: found by what the cell shows, or by its digits
                        where.add("(" + containsAsStored(c, shown.text(), params)
                                + " OR (typeof(" + c + ") = 'integer' AND instr(lower(" + shown.dateSql(c) + "), lower(?)) > 0))");
                        params.add(shown.text());
                        continue;
                    }
                    if (f.value() instanceof AsJson json) {
                        // as stored, or as the cell shows it: the JSON minified on both sides (the cell's spaces and line breaks gone);
                        // a blob too (drizzle's blob json mode stores the JSON's UTF-8), read as text: json() takes a blob for JSONB
                        // The text typed may begin inside a string (copied from the middle of one): minified both ways, each searched
                        String minified = AsJson.minified(json.text(), false);
                        String fromInside = AsJson.minified(json.text(), true);
                        String inJson = folded("json(CAST(" + c + " AS TEXT))", minified);
                        where.add("(" + containsAsStored(c, json.text(), params)
                                + " OR (typeof(" + c + ") IN ('text', 'blob') AND json_valid(CAST(" + c + " AS TEXT))"
                                + " AND (instr(" + inJson + ", ?) > 0" + (fromInside.equals(minified) ? "" : " OR instr(" + inJson + ", ?) > 0") + ")))");
                        params.add(foldedNeedle(minified));
                        if (!fromInside.equals(minified)) params.add(foldedNeedle(fromInside));
                        continue;
                    }
                    where.add(containsAsStored(c, f.value().toString(), params));
                }
                case "null" -> where.add(c + " IS NULL");
                case "notnull" -> where.add(c + " IS NOT NULL");
                default -> throw new IllegalStateException(f.op());
            }
        }
    }

    /**
     * A <em>contains</em> term on column {@code c} (quoted) for {@code typed} as the value is stored, its two bound values added to
     * {@code params}. instr, not LIKE: D1 refuses LIKE patterns over 50 bytes. The case of every letter is ignored (folded). A
     * blob, which the page shows as hex, is searched for the bytes the text spells in hex (instr on blobs compares bytes).
     */
    private static String containsAsStored(String c, String typed, List<Object> params) {
        params.add(hexBytes(typed));
        params.add(foldedNeedle(typed));
        return "(CASE WHEN typeof(" + c + ") = 'blob' THEN instr(" + c + ", ?) ELSE instr(" + folded("CAST(" + c + " AS TEXT)", typed) + ", ?) END) > 0";
    }

    /** The most letters outside ASCII that {@link #folded} folds: each is one replace() deep, and D1 allows an expression 100. */
    static final int FOLDED_LETTERS = 40;

    /**
     * What a <em>contains</em> filter searches for: the text typed, each letter in lower case where {@link #folded} folds its
     * other forms in the column (ASCII, and the letters {@link #replacements} lists); the others as typed, so a value typed
     * exactly as stored is always found.
     */
    static String foldedNeedle(String typed) {
        Map<Integer, Integer> replaced = replacements(typed);
        StringBuilder b = new StringBuilder();
        typed.codePoints().forEach(cp -> b.appendCodePoint(cp < 128 ? Character.toLowerCase(cp) : replaced.getOrDefault(cp, cp)));
        return b.toString();
    }

    /**
     * {@code text} (an SQL expression) with the case of the letters of {@code typed} folded, so {@code instr} finds
     * {@link #foldedNeedle} in it whatever their case. SQLite's lower() folds ASCII only (D1 has no ICU either), so "MÜLLER" missed
     * "Müller" and "élodie" missed "ÉLODIE": each letter outside ASCII of the text typed has its upper- and title-case forms
     * replaced by it too. Only the letters typed matter to instr; the rest of the text may keep its case.
     */
    static String folded(String text, String typed) {
        String sql = "lower(" + text + ")";
        for (Map.Entry<Integer, Integer> r : replacements(typed).entrySet()) {
            // letters only: a quote or a NUL is no letter, so the literals need no escaping
            sql = "replace(" + sql + ", '" + new String(Character.toChars(r.getKey())) + "', '" + new String(Character.toChars(r.getValue())) + "')";
        }
        return sql;
    }

    /**
     * Each form the column's replace() turns into its lower case, for the letters typed outside ASCII in order, up to
     * {@link #FOLDED_LETTERS} forms: a letter's upper and title case and the letter itself, but not its lower case nor ASCII
     * (lower() folds that). The letter itself counts where its lower case is another one: Java's lower case of İ is ASCII i,
     * which SQLite's lower() does not make of an İ in the column.
     */
    private static Map<Integer, Integer> replacements(String typed) {
        Map<Integer, Integer> replaced = new java.util.LinkedHashMap<>();
        for (int cp : typed.codePoints().filter(c -> c > 127).toArray()) {
            int lower = Character.toLowerCase(cp);
            Set<Integer> forms = new LinkedHashSet<>(List.of(Character.toUpperCase(lower), Character.toTitleCase(lower), cp));
            forms.removeIf(f -> f == lower || f < 128 || replaced.containsKey(f));
            if (replaced.size() + forms.size() > FOLDED_LETTERS) break;   // the rest are searched for as typed
            for (int f : forms) replaced.put(f, lower);
        }
        return replaced;
    }

    /**
     * A date typed into a filter on a column whose timestamp mode is only guessed from its type name, in both units its integers
     * may be in: those that are seconds by {@link StudioSchema#millis}'s measure are compared with {@code seconds}, the rest
     * with {@code millis} (each a value or a {@link Day}).
     */
    record Units(Object seconds, Object millis) { }

    /**
     * A date and time typed into the filter of a column whose type name says DATETIME or TIMESTAMP, for its texts: they spell an
     * instant SQLite's way ('2024-05-01 10:00:00'), ISO's ('2024-05-01T10:00:00Z', as the grid shows the integers beside them)
     * or another, so a text that reads as a date is compared as the instant it names; one that does not, as typed. Compared as
     * typed, "= 2024-05-01T10:00:00Z" missed the text '2024-05-01 10:00:00', and "&gt;" that day's later texts (' ' sorts before 'T').
     */
    record TextInstant(String typed) { }

    /** {@code cmp} with its value, or a {@link Day}'s range in its place; the values go to {@code params} in their order. */
    private static String term(String c, String op, String cmp, Object value, List<Object> params) {
        if (value instanceof TextInstant i) {
            String instant = "strftime('%Y-%m-%d %H:%M:%f', " + c + ")";
            String asInstant = switch (op) {
                case "eq" -> instant + " = ";
                case "ne" -> instant + " IS NOT ";
                case "lt" -> instant + " < ";
                default -> instant + " > ";
            } + "strftime('%Y-%m-%d %H:%M:%f', ?)";
            params.add(i.typed());
            params.add(i.typed());
            return "(CASE WHEN typeof(" + c + ") = 'text' AND " + instant + " IS NOT NULL THEN " + asInstant + " ELSE " + cmp + " END)";
        }
        if (value instanceof Units u) {
            String s = StudioSchema.secondsTest(c);
            String onSeconds = term(c, op, cmp, u.seconds(), params);
            String onMillis = term(c, op, cmp, u.millis(), params);
            return "((" + s + " AND (" + onSeconds + ")) OR (NOT (" + s + ") AND (" + onMillis + ")))";
        }
        if (!(value instanceof Day d)) {
            params.add(value);
            return cmp;
        }
        if (!op.equals("gt")) params.add(d.start());
        if (!op.equals("lt")) params.add(d.end());
        return switch (op) {
            case "eq" -> c + " >= ? AND " + c + " < ?";
            case "ne" -> "(" + c + " < ? OR " + c + " >= ? OR " + c + " IS NULL)";
            case "lt" -> c + " < ?";
            default -> c + " >= ?";
        };
    }

    private static final Pattern HEX_TEXT = Pattern.compile("(?i)(?:x'([0-9a-f\\s]*)'|([0-9a-f\\s]*))");

    /** The bytes a filter's text spells in hex as the page shows blobs ({@code ff 10}, {@code FF10}, {@code x'ff10'}); null when it spells none. */
    static byte[] hexBytes(String text) {
        var m = HEX_TEXT.matcher(text.strip());
        if (!m.matches()) return null;
        String hex = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s", "");
        return hex.length() % 2 != 0 ? null : HexFormat.of().parseHex(hex);   // "" is in every blob, as in every text
    }
}
