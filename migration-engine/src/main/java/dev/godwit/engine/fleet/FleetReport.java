package dev.godwit.engine.fleet;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.godwit.engine.GodwitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of a fleet run, {@code <dir>/fleet-<time>.json}: one row per database, written as
 * each database finishes (rows are not kept in memory), then a summary. Also keeps the few
 * counts the log's short table needs: databases per status and per final migration, and the
 * first failures.
 */
public final class FleetReport implements AutoCloseable {

    /** Failures kept for the log; the file has all of them. */
    public static final int LOGGED_FAILURES = 20;
    /** Databases named per last migration in the log; the file has all of them. */
    static final int EXAMPLES = 5;
    private final Map<String, List<String>> examples = new java.util.HashMap<>();
    /** Distinct causes of failure counted for the log and the summary; failures of further causes are counted together. */
    static final int CAUSES = 10;

    /** A cause of failure: how many databases failed with it, and the first of them (name, else id). */
    public record Cause(String text, long databases, String first) {
    }

    private final Map<String, long[]> causes = new LinkedHashMap<>();
    private final Map<String, String> causeFirst = new java.util.HashMap<>();
    private final Map<String, String> causeText = new java.util.HashMap<>();   // a cause's key to its first database's words
    private long otherCauses;

    /**
     * One database's outcome.
     *
     * @param status         applied, up-to-date, at-upTo / past-upTo (-Ddb.upTo left migrations pending there, nothing to send), behind, failed, drift, ok, skipped, interrupted (being migrated when the run was stopped)
     * @param applied        migrations this run applied there
     * @param finalMigration the last migration recorded there afterwards, or null
     * @param pending        migrations still pending there afterwards
     * @param calls          API requests made for this database (retries included)
     * @param startedAt      when work on it started (RFC 3339, UTC): a Time Travel restore point
     * @param historyRead    whether its history was read (a null finalMigration is then "none recorded"; else it is not known)
     * @param warnings       the warnings said of it, every one (the log shows each kind for the first databases only)
     */
    public record Row(String id, String name, String status, List<String> applied, String finalMigration, int pending, int calls,
                      long millis, String startedAt, String error, boolean historyRead, List<String> warnings) {
        public Row(String id, String name, String status, List<String> applied, String finalMigration, int pending, int calls,
                   long millis, String startedAt, String error, boolean historyRead) {
            this(id, name, status, applied, finalMigration, pending, calls, millis, startedAt, error, historyRead, List.of());
        }

        public Row(String id, String name, String status, List<String> applied, String finalMigration, int pending, int calls,
                   long millis, String startedAt, String error) {
            this(id, name, status, applied, finalMigration, pending, calls, millis, startedAt, error, true);
        }

        /** This row with the warnings said of its database. */
        public Row withWarnings(List<String> said) {
            return new Row(id, name, status, applied, finalMigration, pending, calls, millis, startedAt, error, historyRead, List.copyOf(said));
        }
    }

    /** The key of {@link #byFinalMigration} for the databases whose history was not read (they failed, or are failing, before). */
    public static final String NOT_READ = "(history not read)";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path file;
    private final String command;
    private final JsonGenerator json;
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<String, Long> byFinal = new LinkedHashMap<>();
    /** Per last recorded migration, the databases that failed or are failing there, by status (the others are behind or latest). */
    private final Map<String, Map<String, Long>> failingByFinal = new java.util.HashMap<>();
    private final List<Row> failures = new ArrayList<>();
    /** The failed databases' ids, one a line, beside the report: made at the first failure (see {@link #failedList()}). */
    private java.io.BufferedWriter failedOut;
    private Path failedList;
    private long rows;
    private long calls;
    private long failed;
    private boolean closed;

    /**
     * @param migrationOrder every local migration tag in order, so the per-migration counts come out in that order
     */
    public FleetReport(Path dir, String command, String selection, String account, List<String> migrationOrder) {
        this(dir, command, selection, account, migrationOrder, null, null);
    }

    /**
     * @param migrationHashes the sha256 of each migration's file, in {@code migrationOrder}'s order (null: not written): a resume from
     *                        this report ({@code -Ddb.fleet.skipDoneIn}) checks that the folder's migrations are still those it applied
     * @param historyTable    the history table the run read and wrote (null: not written): a resume checks it is its own
     */
    public FleetReport(Path dir, String command, String selection, String account, List<String> migrationOrder, List<String> migrationHashes,
                       String historyTable) {
        Instant now = Instant.now();
        try {
            Files.createDirectories(dir);
            Path f = dir.resolve("fleet-" + FILE_TIME.format(now) + ".json");
            java.io.OutputStream out = null;
            for (int i = 2; out == null; i++) {
                try {
                    // created new, not probed then opened: two runs of one project starting in the same millisecond wrote one file
                    out = Files.newOutputStream(f, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException taken) {
                    f = dir.resolve("fleet-" + FILE_TIME.format(now) + "-" + i + ".json");
                }
            }
            this.file = f;
            this.command = command;
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("command", command);
            json.writeStringField("selection", selection);
            json.writeStringField("account", account);
            json.writeStringField("started", now.toString());
            if (historyTable != null) json.writeStringField("historyTable", historyTable);
            json.writeArrayFieldStart("migrations");
            for (String t : migrationOrder) json.writeString(t);
            json.writeEndArray();
            if (migrationHashes != null) {
                json.writeArrayFieldStart("hashes");
                for (String h : migrationHashes) json.writeString(h);
                json.writeEndArray();
            }
            json.writeArrayFieldStart("databases");
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot write the fleet report in " + dir + ": " + e.getMessage(), e);
        }
        byFinal.put("(none)", 0L);
        for (String t : migrationOrder) byFinal.put(t, 0L);
    }

    public Path file() {
        return file;
    }

    public synchronized void add(Row r) {
        try {
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeStringField("name", r.name());
            json.writeStringField("status", r.status());
            json.writeArrayFieldStart("applied");
            for (String t : r.applied()) json.writeString(t);
            json.writeEndArray();
            json.writeStringField("finalMigration", r.finalMigration());
            json.writeNumberField("pending", r.pending());
            json.writeNumberField("calls", r.calls());
            json.writeNumberField("millis", r.millis());
            json.writeStringField("startedAt", r.startedAt());
            if (r.error() != null) json.writeStringField("error", r.error());
            // left out where none: a report without it (an older run's) reads the same on a resume
            if (!r.warnings().isEmpty()) {
                json.writeArrayFieldStart("warnings");
                for (String w : r.warnings()) json.writeString(w);
                json.writeEndArray();
            }
            json.writeEndObject();
            rows++;
            json.flush();   // a killed run leaves every finished database in the file (the JSON then stays open)
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot write the fleet report " + file + ": " + e.getMessage(), e);
        }
        byStatus.merge(r.status(), 1L, Long::sum);
        // every database is counted: those whose history was not read (a history only in wrangler's d1_migrations, a refused
        // token) were left out, so the table's counts fell short of the databases by them, and nothing said so; and one failing
        // (or failed) at a migration is counted apart from those merely behind there, as its status says
        String last = r.finalMigration() != null ? r.finalMigration() : r.error() != null && !r.historyRead() ? NOT_READ : "(none)";
        byFinal.merge(last, 1L, Long::sum);
        if (r.error() != null) failingByFinal.computeIfAbsent(last, k -> new TreeMap<>()).merge(r.status(), 1L, Long::sum);
        List<String> names = examples.computeIfAbsent(last + (r.error() != null ? "\u0000" + r.status() : ""), k -> new ArrayList<>());
        if (names.size() < EXAMPLES) names.add(r.name() != null ? r.name() : r.id());
        calls += r.calls();
        // an interrupted database (the run stopped under it: Ctrl-C, an outage of D1 it outlasted) did not fail: its error says where
        // it stands; counted failed, a stopped outage's 8 in flight read "8 failed" and were listed by cause as failures
        if (r.error() != null && !r.status().equals("interrupted")) {
            failed++;
            if (failures.size() < LOGGED_FAILURES) failures.add(r);
            String shown = cause(r);
            String c = causeKey(shown);   // "(HTTP 429, 5 attempt(s))" and "(HTTP 429, 3 attempt(s))" are one cause, said as the first met
            long[] n = causes.get(c);
            if (n == null && causes.size() < CAUSES) {
                causes.put(c, n = new long[1]);
                causeFirst.put(c, r.name() != null ? r.name() : r.id());
                causeText.put(c, shown);
            }
            if (n != null) n[0]++;
            else otherCauses++;
            listFailed(r, shown);
        }
    }

    /**
     * Adds a failed database to {@link #failedList()}, flushed at once as the report's rows are (a killed run's list holds every
     * failure before the kill). The ids of thousands of failures were only in the report's JSON, among the databases that passed:
     * to run the failed ones again alone (with another -Ddb.migrationsTable, say, for those wrangler migrated) a team had to dig
     * them out of it.
     */
    private void listFailed(Row r, String cause) {
        try {
            if (failedOut == null) {
                failedList = failedListOf(file);
                failedOut = Files.newBufferedWriter(failedList, StandardCharsets.UTF_8);
                failedOut.write("# The databases " + (command.equals("status") ? "failing (db:apply would refuse or fail them)" : "that failed")
                        + " in the fleet " + command + " of " + file.getFileName() + ", one id a line, each with its name and the cause.\n"
                        + "# Run only these (or the lines of one cause, picked out with grep): -Ddb.d1.databases=@" + failedList + "\n");
            }
            // '#' starts a comment in an @file: the name and cause after it are read as nothing. Any line break in them is a space: a
            // lone CR (in an error read off D1) ended the line for the @file's reader, and what followed was taken for a database
            String comment = ((r.name() != null ? r.name() + ": " : "") + cause).replaceAll("\\R", " ");
            failedOut.write((r.id() != null ? r.id() : r.name()) + "    # " + comment + "\n");
            failedOut.flush();
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot write the list of failed databases " + failedList + ": " + e.getMessage()
                    + ". The report " + file + " holds every database's outcome, the failed ones too; make room on that disk (or make the folder"
                    + " writable) before the next run, and see where each database stands with mvn db:status.", e);
        }
    }

    private static final String FAILED_LIST = "-failed.txt";

    /** The list of the failed databases beside {@code report}: {@code fleet-<time>.json}'s is {@code fleet-<time>-failed.txt}. */
    static Path failedListOf(Path report) {
        String name = report.getFileName().toString();
        return report.resolveSibling(name.substring(0, name.length() - ".json".length()) + FAILED_LIST);
    }

    /** The report {@code file} is the failed list of ({@link #failedListOf}), or null where it is none. */
    static Path reportOfFailedList(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("fleet-") && name.endsWith(FAILED_LIST)
                ? file.resolveSibling(name.substring(0, name.length() - FAILED_LIST.length()) + ".json") : null;
    }

    /** The file listing the failed databases' ids ({@code fleet-<time>-failed.txt}, for {@code -Ddb.d1.databases=@}), or null: none failed. */
    public synchronized Path failedList() {
        return failedList;
    }

    /**
     * {@code text} with the database's id and name (as a whole word: "t-1" is not taken out of "t-10") written {@code <database>}:
     * the same failure read off two databases compares equal.
     */
    static String withoutDatabase(String text, String id, String name) {
        String k = text;
        if (id != null) k = k.replace(id, "<database>");
        if (name != null && !name.isEmpty()) {
            k = k.replaceAll("(?<![\\w-])" + java.util.regex.Pattern.quote(name) + "(?![\\w-])", "<database>");
        }
        return k;
    }

    /**
     * What a failure says, the database aside: its error's first line with the database's id and name taken out, to the last full
     * sentence before the first mention of the database (the commands of the way on, which name it), and within 200 characters. A
     * fleet's 1,000 failures of three kinds were listed by their first 20, all of one kind: nothing said the others were there.
     */
    static String cause(Row r) {
        return cause(r.error(), r.id(), r.name());
    }

    /** {@link #cause(Row)} of an error read off database {@code id} named {@code name} (a report's row, as DoneInReport reads it). */
    static String cause(String error, String id, String name) {
        String k = error.strip();
        k = FleetText.firstLine(k);
        k = withoutDatabase(k, id, name);
        int at = k.indexOf("<database>");
        if (at > 0) {
            int dot = k.substring(0, at).lastIndexOf(". ");
            if (dot > 0) k = k.substring(0, dot + 1);
        }
        if (k.length() <= 200) return k;
        int dot = k.substring(0, 200).lastIndexOf(". ");
        return dot >= 60 ? k.substring(0, dot + 1) : k.substring(0, 200) + "…";
    }

    /**
     * A {@link #cause} with its counts taken out: a number standing before a word ({@code 5 attempt(s)}, {@code retry after 30 s},
     * {@code 3 row(s)}) is {@code #}, so two databases failing alike after another number of retries are one cause. Other numbers (an
     * HTTP status, D1's error code, a migration's file name) stay.
     */
    static String causeKey(String cause) {
        return COUNT.matcher(cause).replaceAll("#");
    }

    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("(?<![\\w.,])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?= \\p{Ll})");

    /** The failures by cause, most databases first (the first {@value #CAUSES} causes met). */
    public synchronized List<Cause> causes() {
        List<Cause> out = new ArrayList<>();
        causes.forEach((c, n) -> out.add(new Cause(causeText.get(c), n[0], causeFirst.get(c))));
        out.sort((a, b) -> Long.compare(b.databases(), a.databases()));
        return out;
    }

    /** Failed databases whose cause is none of {@link #causes()}. */
    public synchronized long otherCauses() {
        return otherCauses;
    }

    public synchronized long rows() {
        return rows;
    }

    public synchronized long failed() {
        return failed;
    }

    public synchronized long calls() {
        return calls;
    }

    public synchronized Map<String, Long> byStatus() {
        return new TreeMap<>(byStatus);
    }

    /**
     * Databases per last recorded migration, in migration order ("(none)" first), every database counted: those whose history
     * was not read last, under {@link #NOT_READ}.
     */
    public synchronized Map<String, Long> byFinalMigration() {
        return new LinkedHashMap<>(byFinal);
    }

    /** Of the databases whose last recorded migration is {@code migration}, those that failed or are failing there, by status. */
    public synchronized Map<String, Long> failingAt(String migration) {
        return new TreeMap<>(failingByFinal.getOrDefault(migration, Map.of()));
    }

    /**
     * The first few databases (names, else ids) whose last recorded migration is {@code migration}, for the log: of those with
     * {@code status} when it is one of {@link #failingAt}, else of those without an error.
     */
    public synchronized List<String> examples(String migration, String status) {
        return List.copyOf(examples.getOrDefault(migration + (status == null ? "" : "\u0000" + status), List.of()));
    }

    public synchronized List<Row> failures() {
        return List.copyOf(failures);
    }

    /** Writes the summary and closes the file. */
    public synchronized void finish(Map<String, Object> summary) {
        if (closed) return;
        closed = true;
        try {
            if (failedOut != null) failedOut.close();
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("databases", rows);
            json.writeNumberField("failed", failed);
            json.writeNumberField("calls", calls);
            json.writeObjectFieldStart("byStatus");
            for (Map.Entry<String, Long> e : byStatus.entrySet()) json.writeNumberField(e.getKey(), e.getValue());
            json.writeEndObject();
            json.writeObjectFieldStart("byFinalMigration");
            for (Map.Entry<String, Long> e : byFinal.entrySet()) if (e.getValue() > 0) json.writeNumberField(e.getKey(), e.getValue());
            json.writeEndObject();
            if (failed > 0) {
                json.writeArrayFieldStart("failedByCause");
                for (Cause c : causes()) {
                    json.writeStartObject();
                    json.writeStringField("cause", c.text());
                    json.writeNumberField("databases", c.databases());
                    json.writeStringField("first", c.first());
                    json.writeEndObject();
                }
                if (otherCauses > 0) {
                    json.writeStartObject();
                    json.writeStringField("cause", "(other causes)");
                    json.writeNumberField("databases", otherCauses);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            for (Map.Entry<String, Object> e : summary.entrySet()) {
                Object v = e.getValue();
                if (v instanceof Number n) {
                    if (v instanceof Double || v instanceof Float) json.writeNumberField(e.getKey(), n.doubleValue());
                    else json.writeNumberField(e.getKey(), n.longValue());
                } else if (v instanceof Boolean b) json.writeBooleanField(e.getKey(), b);
                else json.writeStringField(e.getKey(), v == null ? null : v.toString());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.close();
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot write the fleet report " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        finish(Map.of("interrupted", true));
    }
}
