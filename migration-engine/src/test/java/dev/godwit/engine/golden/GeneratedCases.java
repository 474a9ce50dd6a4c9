package dev.godwit.engine.golden;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The folder db:generate writes for a golden case, step by step, as {@code db:generate -Ddb.acceptDataLoss} would (every
 * undeclared change not a rename, a fixed clock and ids, so the same bytes each time): GoldenCasesTest, PreflightCasesTest,
 * VerifiedCasesTest, PulledCasesTest and PulledCasesYamlTest each start from it. It is generated once per test JVM, by the first
 * test that asks, into that test's own folder; every later test gets the same files written into its own folder (a copy: no
 * two tests share one), not a generation of its own (five generations of every case were a fifth of these classes' CPU).
 * GoldenCasesTest compares this folder's SQL with the golden files, so what the other classes start from is checked there.
 */
final class GeneratedCases {

    /**
     * A case's generation.
     *
     * @param steps               the steps db:generate took (the case's steps up to the one it refused)
     * @param migrationsAfterStep how many migrations the folder holds after each of them
     * @param sqlByFile           each step's SQL where it wrote a migration ({@code NNNN.sql} by step, as in golden/)
     * @param refused             {@code step N: why} where a step was refused (when read or by db:generate), else null
     * @param files               the folder's files, by path within it
     */
    record Generated(List<GoldenCasesTest.Step> steps, List<Integer> migrationsAfterStep, Map<String, String> sqlByFile, String refused,
            Map<String, byte[]> files) {

        /** The last schema db:generate wrote a folder for, or null if it refused the first step. */
        dev.godwit.schema.model.SchemaDef last() {
            return steps.isEmpty() ? null : steps.get(steps.size() - 1).schema();
        }
    }

    private static final Map<String, Generated> BY_CASE = new java.util.HashMap<>();

    private GeneratedCases() {
    }

    /**
     * Case {@code name}'s folder in {@code folder} (empty or not there yet), and what its generation did. {@code name} is an
     * oracle case's, or {@code drizzle-kit/<folder>} for one of drizzle-kit's folders (its snapshots as the steps).
     */
    static synchronized Generated into(String name, MigrationsFolder folder) throws IOException {
        Generated known = BY_CASE.get(name);
        if (known != null) {
            for (Map.Entry<String, byte[]> f : known.files().entrySet()) {
                Path to = folder.dir().resolve(f.getKey());
                Files.createDirectories(to.getParent());
                Files.write(to, f.getValue());
            }
            return known;
        }
        Generated made = generate(name, steps(name), folder);
        BY_CASE.put(name, made);
        return made;
    }

    private static List<GoldenCasesTest.Step> steps(String name) throws IOException {
        if (!name.startsWith(PulledCasesTest.DRIZZLE_KIT)) return GoldenCasesTest.readCase(GoldenCasesTest.ORACLE_CASES.resolve(name + ".yaml"));
        MigrationsFolder theirs = MigrationsFolder.at(GoldenCasesTest.DRIZZLE_KIT.resolve(name.substring(PulledCasesTest.DRIZZLE_KIT.length())).resolve("drizzle"));
        List<GoldenCasesTest.Step> steps = new ArrayList<>();
        for (Path f : theirs.snapshotFiles()) steps.add(new GoldenCasesTest.Step(theirs.readSnapshot(f).schema(), Map.of(), Map.of()));
        return steps;
    }

    private static Generated generate(String name, List<GoldenCasesTest.Step> steps, MigrationsFolder folder) throws IOException {
        Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC), new Random(1));
        List<Integer> migrationsAfterStep = new ArrayList<>();
        Map<String, String> sqlByFile = new LinkedHashMap<>();
        String refused = null;
        int i = 0;
        for (; i < steps.size(); i++) {
            GenerateResult r;
            try {
                if (steps.get(i).refused() != null) throw new dev.godwit.schema.model.SchemaException(List.of(steps.get(i).refused()));
                r = generator.generate(steps.get(i).schema(), folder, new GenerateOptions("step" + i, false, true, null).withAllNotRenames());
            } catch (dev.godwit.schema.model.SchemaException | dev.godwit.engine.plan.UnsafeSqlException e) {
                // golden/<case>/refused.txt holds this message; the steps before it are the case's folder
                refused = "step " + i + ": " + (steps.get(i).refused() != null ? steps.get(i).refused() : e.getMessage()) + "\n";
                break;
            }
            if (r.written()) sqlByFile.put(String.format("%04d.sql", i), r.sql());
            migrationsAfterStep.add(folder.migrations().size());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (Files.isDirectory(folder.dir())) {
            try (Stream<Path> s = Files.walk(folder.dir())) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) files.put(folder.dir().relativize(p).toString(), Files.readAllBytes(p));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new Generated(List.copyOf(steps.subList(0, i)), List.copyOf(migrationsAfterStep), java.util.Collections.unmodifiableMap(sqlByFile),
                refused, java.util.Collections.unmodifiableMap(files));
    }
}
