package dev.godwit.engine.fleet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.godwit.engine.GodwitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.godwit.engine.folder.Migration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The databases an earlier fleet apply's report shows at the latest migration ({@code -Ddb.fleet.skipDoneIn}): a rerun after an
 * interruption reads every database's history again, one call each, which at Cloudflare's pace (1,100 calls per 5 minutes) is
 * hours for tens of thousands of finished databases before the first unfinished one. The report of a killed run is read as far
 * as it was written (its JSON is not closed). Only rows of that report's own apply count: applied, up to date, or skipped as done
 * by its own skipDoneIn report, with the latest migration of this run's folder as their last.
 */
final class DoneInReport {

    private DoneInReport() {
    }

    /**
     * The ids of the databases {@code report} shows with the latest of {@code local} as their last migration. A migration of the
     * folder whose file differs from the one the report's run applied (edited since) is refused: the databases the report shows done
     * hold the earlier version, which a run without the option fails as edited; skipped, they would count as done. So is a report
     * of a run on another history table than {@code historyTable}: its databases were at the latest migration in that table's
     * record, not necessarily in this one's (a report written before the table was recorded is taken as it is). So is a report whose
     * run lacked a migration of the folder before the same latest one: its databases at that latest never ran the added one.
     */
    static Set<String> read(Path report, List<Migration> local, String historyTable) {
        return read(report, local, historyTable, null);
    }

    /**
     * The same, adding to {@code failed} (when not null) the ids of the databases the report shows failed, each with the cause of its
     * error there ({@link FleetReport#causeKey}).
     */
    static Set<String> read(Path report, List<Migration> local, String historyTable, Map<String, String> failed) {
        String latest = local.get(local.size() - 1).tag();
        if (!Files.isRegularFile(report)) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.skipDoneIn=" + report + ": there is no such file. Give the"
                    + " report of an earlier fleet apply (target/godwit/fleet-<time>.json), or leave the option out.");
        }
        Path json = FleetReport.reportOfFailedList(report);
        if (json != null) {
            // the list sits beside the report, their names alike: it was refused as "Unexpected character ('#' (code 35))"
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.skipDoneIn=" + report + " is the list of the databases that failed"
                    + " in a fleet run, not its report. Give the report, " + json + ", to skip the databases that run finished; or run only the"
                    + " failed ones with -Ddb.d1.databases=@" + report + ". Nothing was done.");
        }
        Set<String> done = new HashSet<>();
        String command = null;
        List<String> tags = null;
        List<String> hashes = null;
        GodwitException edited = null;   // said only where the report shows a database done: a run that did none is nothing to skip
        try (JsonParser p = new JsonFactory().createParser(report.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw notAReport(report);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("command")) command = p.getValueAsString();
                else if (field.equals("historyTable")) refuseOtherHistory(report, p.getValueAsString(), historyTable);
                else if ((field.equals("migrations") || field.equals("hashes")) && t == JsonToken.START_ARRAY) {
                    List<String> values = new ArrayList<>();
                    while (p.nextToken() == JsonToken.VALUE_STRING) values.add(p.getText());
                    if (field.equals("migrations")) tags = values;
                    else hashes = values;
                } else if (field.equals("databases") && t == JsonToken.START_ARRAY) {
                    if (!"apply".equals(command)) throw notAReport(report);
                    if (tags != null && hashes != null && tags.size() == hashes.size()) edited = editedSince(report, local, tags, hashes);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String id = null;
                        String name = null;
                        String status = null;
                        String last = null;
                        String error = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            switch (f) {
                                case "id" -> id = p.getValueAsString();
                                case "status" -> status = p.getValueAsString();
                                case "finalMigration" -> last = p.getValueAsString();
                                case "name" -> name = p.getValueAsString();
                                case "error" -> error = p.getValueAsString();
                                default -> p.skipChildren();
                            }
                        }
                        // "skipped": a resumed run's row for a database its own -Ddb.fleet.skipDoneIn report showed done; a second resume
                        // from that run's report (the one at hand) trusts it as the first did, rather than read every such history again
                        if (id != null && latest.equals(last) && ("applied".equals(status) || "up-to-date".equals(status)
                                || "at-upTo".equals(status) || "skipped".equals(status))) {
                            done.add(id);
                        }
                        if (id != null && failed != null && "failed".equals(status)) {
                            failed.put(id, error == null ? "" : FleetReport.causeKey(FleetReport.cause(error, id, name)));
                        }
                    }
                } else p.skipChildren();
            }
        } catch (com.fasterxml.jackson.core.JsonParseException cutShort) {
            // a killed run's report ends part-way: every row before the cut was flushed whole (the cut may fall inside a token or in
            // the whitespace between two, which Jackson reports as a plain parse error at the end of the input)
            if (!endsThere(cutShort, report)) throw cannotRead(report, cutShort);
        } catch (IOException e) {
            throw cannotRead(report, e);
        }
        if (command == null) throw notAReport(report);
        if (edited != null && !done.isEmpty()) throw edited;
        return done;
    }

    private static void refuseOtherHistory(Path report, String theirs, String ours) {
        if (theirs == null || theirs.equals(ours)) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.skipDoneIn=" + report + " is the report of a run on the history"
                + " table " + theirs + ", and this run reads and writes " + ours + ": the databases it shows done were at the latest"
                + " migration by " + theirs + "'s record, which says nothing of " + ours + "'s. Nothing was done. Run with"
                + " -Ddb.migrationsTable=" + theirs + " if that is the history meant, or leave -Ddb.fleet.skipDoneIn out to have each"
                + " database's history read.");
    }

    private static GodwitException editedSince(Path report, List<Migration> local, List<String> tags, List<String> hashes) {
        Map<String, String> applied = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) applied.put(tags.get(i), hashes.get(i));
        String latest = local.get(local.size() - 1).tag();
        for (Migration m : local) {
            String h = applied.get(m.tag());
            if (h == null && applied.containsKey(latest)) {
                // added since, before the latest (a branch merged with an older "when"): the databases shown at the latest never ran it
                return new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.skipDoneIn=" + report + ": " + m.fileName() + " was not in the"
                        + " folder when that run applied " + latest + ", so the databases that report shows at " + latest + " do not hold it;"
                        + " skipping them would count them as done. Nothing was done. Leave -Ddb.fleet.skipDoneIn out to have each database's"
                        + " history read and checked (db:apply names a migration older than the last one applied there).");
            }
            if (h != null && !m.recordedBy(h)) {
                return new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.skipDoneIn=" + report + ": " + m.fileName() + " has changed"
                        + " since that run applied it (sha256 " + h.substring(0, Math.min(12, h.length())) + " then, " + m.hash().substring(0, 12)
                        + " now). The databases that report shows done hold the earlier " + m.tag() + ", which db:apply refuses as an edited"
                        + " migration; skipping them would count them as done. Nothing was done. Leave -Ddb.fleet.skipDoneIn out to have each"
                        + " database's history read and checked, or restore the file as it was.");
            }
        }
        return null;
    }

    /** Whether the parse error is the end of the file: a cut, not text that is no JSON. */
    private static boolean endsThere(com.fasterxml.jackson.core.JsonParseException e, Path report) {
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) return true;
        try {
            return e.getLocation() != null && e.getLocation().getByteOffset() >= Files.size(report);
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static GodwitException cannotRead(Path report, IOException e) {
        return new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.skipDoneIn=" + report + " cannot be read: " + e.getMessage()
                + ". Give the report of an earlier fleet apply, or leave the option out.", e);
    }

    private static GodwitException notAReport(Path report) {
        return new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.fleet.skipDoneIn=" + report + " is not the report of a fleet apply"
                + " (target/godwit/fleet-<time>.json written by db:apply -Ddb.d1.databases=...). Leave the option out to read every"
                + " database's history.");
    }
}
