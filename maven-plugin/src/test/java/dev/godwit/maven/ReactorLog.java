package dev.godwit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build.log of an Invoker project that runs several scenarios in one {@code mvn --fail-at-end} start, one module per
 * scenario, cut into each module's part, for the project's verify.groovy.
 *
 * <p>One Maven start costs about 2.7 s of CPU, and one failure ends a Maven run; so scenarios that each fail on their own
 * folder or database are modules of one reactor instead of one run each. Maven then builds every module, prints what each
 * goal logged under the module's {@code Building <module>} header, lists each module as SUCCESS, FAILURE or SKIPPED in the
 * reactor summary and prints each failure's message at the end, after {@code Failed to execute goal ... on project <module>:}.
 * A module is named by its artifactId (the IT modules have no {@code <name>}).
 */
public final class ReactorLog {

    private static final Pattern HEADER = Pattern.compile("^\\[INFO\\] -+< [^:>]+:([^:>]+) >-+$", Pattern.MULTILINE);
    private static final Pattern SUMMARY_LINE = Pattern.compile("^\\[INFO\\] (\\S+)(?: \\S+)? \\.* ?(SUCCESS|FAILURE|SKIPPED)\\b", Pattern.MULTILINE);
    private static final Pattern FAILURE_START = Pattern.compile("^\\[ERROR\\] Failed to execute goal .*? on project ([^:]+): ", Pattern.MULTILINE);
    /** Where Maven's list of failures ends: the advice it prints once after all of them. */
    private static final Pattern FAILURES_END = Pattern.compile(
            "^\\[ERROR\\] (?:To see the full stack trace|Re-run Maven using|For more information about the errors|After correcting the problems)",
            Pattern.MULTILINE);

    private static final String RUN_START = "[INFO] Scanning for projects...";

    private final String text;

    private ReactorLog(String text) {
        this.text = text;
    }

    public static ReactorLog of(File buildLog) throws IOException {
        return of(Files.readString(buildLog.toPath(), StandardCharsets.UTF_8));
    }

    public static ReactorLog of(String text) {
        return new ReactorLog(text.replace("\r\n", "\n"));
    }

    /**
     * The part of the log the {@code n}-th mvn run wrote (1 for {@code invoker.goals.1}), for a project with several runs:
     * Invoker writes them all into build.log, each beginning with Maven's {@code Scanning for projects...}.
     */
    public ReactorLog run(int n) {
        List<Integer> starts = new ArrayList<>();
        for (int at = text.indexOf(RUN_START); at >= 0; at = text.indexOf(RUN_START, at + 1)) starts.add(at);
        if (n < 1 || n > starts.size()) throw new AssertionError("build.log holds " + starts.size() + " mvn run(s), not a run " + n);
        return new ReactorLog(text.substring(starts.get(n - 1), n < starts.size() ? starts.get(n) : text.length()));
    }

    /** The whole text (of this run, for {@link #run}). */
    public String text() {
        return text;
    }

    /** Each module's outcome in the reactor summary, in build order; empty when Maven printed no summary (it was cut short). */
    public Map<String, String> outcomes() {
        Map<String, String> out = new LinkedHashMap<>();
        int summary = text.lastIndexOf("[INFO] Reactor Summary");
        if (summary < 0) return out;
        int end = text.indexOf("[INFO] BUILD ", summary);
        Matcher m = SUMMARY_LINE.matcher(text.substring(summary, end < 0 ? text.length() : end));
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    /**
     * Fails, listing the summary and the log's end, unless the reactor summary holds exactly these modules with these outcomes in
     * this order: a scenario that unexpectedly passes, or was skipped, or never ran, fails the IT.
     */
    public void expectOutcomes(Map<String, String> expected) {
        Map<String, String> actual = outcomes();
        if (!new ArrayList<>(actual.entrySet()).equals(new ArrayList<>(expected.entrySet()))) {
            throw new AssertionError("Reactor summary: expected " + expected + " but was " + actual + "\n--- end of build.log ---\n"
                    + text.substring(Math.max(0, text.length() - 6000)));
        }
    }

    /** What was logged while the module was built: from its header to the next module's header or the reactor summary. */
    public String output(String module) {
        List<int[]> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
            parts.add(new int[] {m.start(), 0});
        }
        int summary = text.indexOf("[INFO] Reactor Summary");
        for (int i = 0; i < parts.size(); i++) {
            int end = i + 1 < parts.size() ? parts.get(i + 1)[0] : summary >= 0 ? summary : text.length();
            parts.get(i)[1] = end;
        }
        int at = names.indexOf(module);
        if (at < 0 || names.lastIndexOf(module) != at) {
            throw new AssertionError("Module " + module + " was built " + (at < 0 ? "never" : "more than once") + "; built: " + names);
        }
        return text.substring(parts.get(at)[0], parts.get(at)[1]);
    }

    /**
     * The failure Maven printed for the module at the end of the build: its {@code Failed to execute goal ... on project <module>:}
     * line and the lines after it (message, and stack trace under -e), up to the next module's failure or Maven's closing advice.
     */
    public String failure(String module) {
        Matcher m = FAILURE_START.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            names.add(m.group(1));
        }
        int at = names.indexOf(module);
        if (at < 0 || names.lastIndexOf(module) != at) {
            throw new AssertionError("Maven printed " + (at < 0 ? "no failure" : "more than one failure") + " for module " + module
                    + "; failures for: " + names + "\n--- end of build.log ---\n" + text.substring(Math.max(0, text.length() - 6000)));
        }
        int end = at + 1 < starts.size() ? starts.get(at + 1) : text.length();
        Matcher close = FAILURES_END.matcher(text);
        if (close.find(starts.get(at)) && close.start() < end) end = close.start();
        return text.substring(starts.get(at), end);
    }
}
