package dev.godwit.engine.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a daemon does right after it starts, before a build asks: {@code db:generate} through {@link GenerateJob} on a
 * made-up schema (Java classes of {@code warmup} and a YAML descriptor, created, changed, then unchanged) in a temporary
 * folder, then {@code db:verify} through {@link VerifyJob} on that folder, a few rounds. A fresh JVM spends most of a first run loading and compiling Godwit's code (397 ms against 43-62
 * warm for 500 tables); warmed, the first build the daemon serves runs at the warm speed.
 */
final class DaemonWarmUp {

    /** A round's reports: {@code generated} created, changed, unchanged; then {@code verified}, the check of its folder. */
    record Rounds(List<GenerateReport> generated, VerifyReport verified) {
    }

    private static final int TABLES = 60;
    private static final int ROUNDS = 4;

    private DaemonWarmUp() {
    }

    /**
     * Runs the rounds in {@code dir}, emptied first (a daemon stopped while it warmed up leaves its folder behind) and
     * deleted afterwards.
     *
     * @return the last round's reports
     */
    static Rounds run(Path dir) throws IOException {
        delete(dir);
        try {
            List<GenerateReport> reports = new ArrayList<>();
            VerifyReport verified = null;
            for (int round = 0; round < ROUNDS; round++) {
                reports.clear();
                Path project = Files.createDirectories(dir.resolve("round-" + round));
                Path yaml = project.resolve("schema.yaml");
                Files.writeString(yaml, schema(false));
                reports.add(generate(project, "init"));
                Files.writeString(yaml, schema(true));
                reports.add(generate(project, "changed"));
                reports.add(generate(project, "none"));
                verified = verify(project);
            }
            return new Rounds(reports, verified);
        } finally {
            delete(dir);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static GenerateReport generate(Path project, String name) {
        GenerateRequest r = new GenerateRequest(inputs(project), name, false, true, List.of(), false);
        return GenerateJob.run(r, null, DaemonWarmUp.class.getClassLoader());
    }

    private static VerifyReport verify(Path project) {
        return VerifyJob.run(new VerifyRequest(inputs(project), false), DaemonWarmUp.class.getClassLoader());
    }

    private static ProjectInputs inputs(Path project) {
        return new ProjectInputs(project.toString(), List.of(DaemonWarmUp.class.getPackageName() + ".warmup", "schema.yaml"), List.of(),
                project.resolve("drizzle").toString(), project.toString(), null, false, null);
    }

    /** {@link #TABLES} tables with the common shapes; {@code changed}: columns added, types changed (tables rebuilt), indexes added, one dropped. */
    static String schema(boolean changed) {
        StringBuilder y = new StringBuilder("tables:\n");
        int tables = changed ? TABLES - 1 : TABLES;
        for (int i = 0; i < tables; i++) {
            String t = "warm_up_t" + i;
            y.append("  - name: ").append(t).append("\n    columns:\n");
            y.append("      - {name: id, type: integer, primaryKey: true, autoincrement: true}\n");
            y.append("      - {name: name, type: text, notNull: true}\n");
            y.append("      - {name: email, type: text, unique: true}\n");
            y.append("      - {name: active, type: integer, mode: boolean, default: true}\n");
            y.append("      - {name: created_at, type: integer, mode: timestamp, default: {sql: \"(unixepoch())\"}}\n");
            y.append("      - {name: score, type: ").append(changed && i % 5 == 0 ? "integer" : "real").append("}\n");
            y.append("      - {name: data, type: text, mode: json}\n");
            y.append("      - {name: account_id, type: integer, references: {table: warm_up_accounts, column: id, onDelete: cascade}}\n");
            if (i > 0) y.append("      - {name: parent_id, type: integer, references: {table: warm_up_t").append(i - 1).append(", column: id}}\n");
            if (changed && i % 4 == 0) y.append("      - {name: added, type: text, notNull: true, default: 'x'}\n");
            y.append("    indexes:\n      - {name: ").append(t).append("_name_idx, columns: [name, created_at]}\n");
            if (changed && i % 6 == 0) y.append("      - {name: ").append(t).append("_score_idx, columns: [score], where: \"score > 0\"}\n");
            y.append("    checks:\n      - {name: ").append(t).append("_name_set, expression: \"length(name) > 0\"}\n");
        }
        return y.toString();
    }
}
