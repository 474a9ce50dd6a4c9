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
 * class's own copy; the other gets the same findings and warnings. The test JVMs of one surefire run share it too
 * ({@link RunShared}): the two classes often ran in different forks, and each checked every cut.
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
        // another JVM's result for this cut is taken only for the same schema: its tables' and views' text (records all through)
        // is in the key (its source map, read from the same case file, has no text of its own)
        Said said;
        try {
            said = RunShared.once("verified-" + name.replace('/', '+') + "-" + entries + "-" + sha256(schema.tables() + " " + schema.views()), () -> {
                Verifier.Verification v = Verifier.check(schema, folder);
                return new Said(v.findings().stream().map(Finding::message).toList(), List.copyOf(v.warnings()));
            }, DrizzleKitCutsVerified::write, DrizzleKitCutsVerified::read);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        BY_CUT.put(key, new Checked(schema, said));
        return said;
    }

    private static void write(Said said, java.io.DataOutputStream out) throws java.io.IOException {
        for (List<String> lines : List.of(said.findings(), said.warnings())) {
            out.writeInt(lines.size());
            for (String l : lines) RunShared.text(out, l);
        }
    }

    private static Said read(java.io.DataInputStream in) throws java.io.IOException {
        List<List<String>> both = new java.util.ArrayList<>();
        for (int k = 0; k < 2; k++) {
            List<String> lines = new java.util.ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) lines.add(RunShared.text(in));
            both.add(List.copyOf(lines));
        }
        return new Said(both.get(0), both.get(1));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
