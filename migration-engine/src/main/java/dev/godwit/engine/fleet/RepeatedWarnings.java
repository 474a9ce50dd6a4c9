package dev.godwit.engine.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-database warnings of a fleet run, each kind said in full for its first {@link #SHOWN} databases and then only counted:
 * a fleet status from a checkout one migration behind printed "The database records a migration that is not in the folder" once
 * per database, 5,000 lines for 5,000 databases, burying the summary. A kind is the warning's text with the database's id and
 * name taken out (its commands name the database).
 */
final class RepeatedWarnings {

    /** Databases a kind of warning is said of in full before it is only counted. */
    static final int SHOWN = 20;
    /** Databases named in the summary's line for a kind, past those shown in full. */
    static final int NAMED = 20;

    /** How much of a warning the summary quotes: enough to tell the kind; the report holds every warning whole. */
    private static final int QUOTED_CHARS = 200;

    private record Kind(String firstText, List<String> unshown, int[] count) {}

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    /** Every warning said, by database (its id, else its name): the report's "warnings", where those the log counts are named. */
    private final Map<String, List<String>> byDatabase = new java.util.HashMap<>();

    /** True when this warning is to be logged in full; otherwise it is counted for {@link #summary}. */
    synchronized boolean show(FleetMember m, String message) {
        String key = m.id() == null ? message : message.replace(m.id(), "<id>");
        if (m.name() != null && !m.name().isEmpty()) key = key.replace(m.name(), "<name>");
        byDatabase.computeIfAbsent(databaseKey(m), x -> new ArrayList<>()).add(message);
        Kind k = kinds.computeIfAbsent(key, x -> new Kind(message, new ArrayList<>(), new int[1]));
        int n = ++k.count()[0];
        if (n <= SHOWN) return true;
        if (k.unshown().size() < NAMED) k.unshown().add(m.name() == null || m.name().isEmpty() ? m.id() : m.name());
        return false;
    }

    /** The warnings said of {@code m} so far, in order; empty where none. */
    synchronized List<String> of(FleetMember m) {
        return List.copyOf(byDatabase.getOrDefault(databaseKey(m), List.of()));
    }

    private static String databaseKey(FleetMember m) {
        return m.id() != null ? m.id() : "name:" + m.name();
    }

    /**
     * One line per kind said of more databases than were shown: how many more, the first of them by name, and the {@code report}
     * that names them all (past the first {@value #SHOWN} + {@value #NAMED}, the log names none).
     */
    synchronized List<String> summary(java.nio.file.Path report) {
        List<String> lines = new ArrayList<>();
        for (Kind k : kinds.values()) {
            int more = k.count()[0] - SHOWN;
            if (more <= 0) continue;
            String text = k.firstText().length() > QUOTED_CHARS ? k.firstText().substring(0, QUOTED_CHARS) + "…" : k.firstText();
            lines.add("The warning \"" + text + "\" was said of " + k.count()[0] + " database(s); the log shows the first " + SHOWN
                    + ", the other " + more + " are " + String.join(", ", k.unshown()) + (more > k.unshown().size()
                    ? " and " + (more - k.unshown().size()) + " more" : "") + " (mvn db:status -Ddb.d1.databaseId=ID says it of one); the report "
                    + report + " lists every database's warnings, under \"warnings\".");
        }
        return lines;
    }
}
