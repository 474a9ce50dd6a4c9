package dev.godwit.engine.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.godwit.schema.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * drizzle's {@code meta/_journal.json}: the ordered list of migrations, the only file drizzle-orm's migrator reads. {@code version}
 * is its top-level {@code "version"} as read: drizzle-kit writes {@code "7"} in a new journal and keeps whatever a journal has
 * when it appends or drops an entry (it parses and rewrites the file), so a folder drizzle-kit 0.20 began keeps its {@code "5"}.
 * {@code dialect} likewise: {@code "sqlite"}, or the {@code "postgresql"} drizzle-kit 0.21 to 0.24's {@code introspect} of a SQLite
 * database wrote (see {@link #fromJson(JsonNode, String, Function)}).
 */
public record Journal(List<JournalEntry> entries, String version, String dialect) {

    /** The top-level version drizzle-kit 0.31 writes in a journal it creates. */
    public static final String NEW_VERSION = "7";

    public static final Journal EMPTY = new Journal(List.of());

    public Journal {
        entries = List.copyOf(entries);
        java.util.Objects.requireNonNull(version, "version");
        java.util.Objects.requireNonNull(dialect, "dialect");
    }

    /** A SQLite journal of this top-level version. */
    public Journal(List<JournalEntry> entries, String version) {
        this(entries, version, "sqlite");
    }

    /** A journal as drizzle-kit creates it (version "7"). */
    public Journal(List<JournalEntry> entries) {
        this(entries, NEW_VERSION);
    }

    public Journal append(JournalEntry e) {
        List<JournalEntry> l = new ArrayList<>(entries);
        l.add(e);
        return new Journal(l, version, dialect);
    }

    /** These entries under this journal's top-level version (what drizzle-kit drop and a rewrite of the list keep). */
    public Journal withEntries(List<JournalEntry> l) {
        return new Journal(l, version, dialect);
    }

    public int nextIdx() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).idx() + 1;
    }

    /** The migrator orders by {@code when}, so it must increase strictly even if clocks disagree. */
    public long nextWhen(long now) {
        long last = entries.stream().mapToLong(JournalEntry::when).max().orElse(0);
        return Math.max(now, last + 1);
    }

    public String toJsonText() {
        ObjectNode root = JsonText.object();
        root.put("version", version);
        root.put("dialect", dialect);
        ArrayNode arr = root.putArray("entries");
        for (JournalEntry e : entries) {
            ObjectNode n = arr.addObject();
            n.put("idx", e.idx());
            n.put("version", e.version());
            n.put("when", e.when());
            n.put("tag", e.tag());
            n.put("breakpoints", e.breakpoints());
        }
        return JsonText.pretty(root);
    }

    /**
     * Why a tag cannot name a file inside the migrations folder, or null when it can: the migrator
     * runs {@code <folder>/<tag>.sql}, so a tag with a path separator, {@code ..}, a drive or a
     * control character could make it run (or write) a file elsewhere.
     */
    public static String tagProblem(String tag) {
        if (tag.isBlank()) return "is empty";
        if (tag.indexOf('/') >= 0 || tag.indexOf('\\') >= 0) return "contains a path separator";
        if (tag.contains("..")) return "contains \"..\"";
        if (tag.indexOf(':') >= 0) return "contains \":\"";
        for (int k = 0; k < tag.length(); k++) {
            if (Character.isISOControl(tag.charAt(k))) return "contains a control character (a line break or tab)";
        }
        if (!tag.equals(tag.strip())) return "starts or ends with white space";
        return null;
    }

    private static String quoted(String s) {
        return Json.write(s);
    }

    public static Journal fromJson(JsonNode root, String file) {
        return fromJson(root, file, tag -> null);
    }

    /**
     * @param snapshotDialect the {@code "dialect"} of the snapshot of the migration tagged so (null: none, or unreadable): asked of
     *     the first migration where the journal names another dialect than sqlite. drizzle-kit 0.21 to 0.24's {@code introspect} of a
     *     SQLite database wrote {@code "postgresql"} into the journal it created, and its {@code generate}s keep it; the snapshots,
     *     which every generate writes, say sqlite. drizzle-orm's migrator never reads the journal's dialect.
     */
    public static Journal fromJson(JsonNode root, String file, Function<String, String> snapshotDialect) {
        if (!root.isObject() || !root.path("entries").isArray()) {
            throw new SnapshotException(file + ": not a drizzle journal (expected an object with \"entries\")");
        }
        String dialect = root.path("dialect").asText("sqlite");
        if (!dialect.equals("sqlite")) {
            JsonNode first = root.get("entries").path(0).path("tag");
            if (!first.isTextual() || !"sqlite".equals(snapshotDialect.apply(first.asText()))) {
                throw new SnapshotException(file + ": dialect \"" + dialect + "\" is not sqlite; Godwit only handles SQLite and D1 migrations");
            }
        }
        List<JournalEntry> l = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("entries")) {
            if (!n.path("tag").isTextual() || !n.path("when").isNumber()) {
                // which entry, by its tag where it has one, and what of it is missing or of the wrong kind
                String which = "entry " + i + (n.path("tag").isTextual() ? " (" + n.get("tag").asText() + ")" : "");
                List<String> wrong = new ArrayList<>();
                if (!n.path("tag").isTextual()) wrong.add(n.has("tag") ? "its \"tag\" is not a string" : "it has no \"tag\"");
                if (!n.path("when").isNumber()) wrong.add(n.has("when") ? "its \"when\" is not a number" : "it has no \"when\"");
                throw new SnapshotException(file + ": " + which + " needs a string \"tag\" and a number \"when\" (milliseconds), but "
                        + String.join(" and ", wrong) + ". Restore the journal from version control.");
            }
            String tagProblem = tagProblem(n.get("tag").asText());
            if (tagProblem != null) {
                throw new SnapshotException(file + ": entry " + i + " has \"tag\" " + quoted(n.get("tag").asText()) + ", which " + tagProblem
                        + ". A tag names the migration's file inside the migrations folder (0003_add_users -> 0003_add_users.sql):"
                        + " restore the journal from version control, or correct the tag to the name of the .sql file beside it.");
            }
            l.add(new JournalEntry(n.path("idx").asInt(i), n.path("version").asText("6"), n.get("when").asLong(), n.get("tag").asText(),
                    n.path("breakpoints").asBoolean(true)));
            i++;
        }
        // as drizzle-kit keeps it; a journal without one (or with another kind of value) is written with "7"
        return new Journal(l, root.path("version").isTextual() ? root.get("version").asText() : NEW_VERSION, dialect);
    }
}
