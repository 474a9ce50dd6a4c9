package dev.godwit.engine.golden;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * db:verify on drizzle-kit's folder of a case cut after one of its journal entries, with the case's schema of that step:
 * ContinuedDrizzleKitCasesTest and AppliedDrizzleKitCasesTest both ask it of the same cut (the same files, each copied into its
 * own folder named {@code drizzle}, so every message names the same {@code drizzle/...} files), and its replay of the folder on
 * generated rows was a quarter of the first class's CPU. It is checked once per test JVM, by the first class that asks, on that
 * class's own copy; the other gets the same findings and warnings.
 */
final class DrizzleKitCutsVerified {

    /** What db:verify said of a cut: its findings' messages and its warnings. */
    record Said(List<String> findings, List<String> warnings) {
    }

    private record Checked(SchemaDef schema, Said said) {
    }

    private static final Map<String, Checked> BY_CUT = new HashMap<>();

    private DrizzleKitCutsVerified() {
    }

    /**
     * What db:verify says of {@code folder}, case {@code name}'s drizzle-kit folder cut after its first {@code entries} journal
     * entries, against {@code schema}. A schema other than the one checked before for the same cut is checked afresh.
     */
    static synchronized Said of(String name, int entries, SchemaDef schema, MigrationsFolder folder) {
        String key = name + " #" + entries;
        Checked known = BY_CUT.get(key);
        if (known != null && known.schema().equals(schema)) return known.said();
        Verifier.Verification v = Verifier.check(schema, folder);
        Said said = new Said(v.findings().stream().map(Finding::message).toList(), List.copyOf(v.warnings()));
        BY_CUT.put(key, new Checked(schema, said));
        return said;
    }
}
