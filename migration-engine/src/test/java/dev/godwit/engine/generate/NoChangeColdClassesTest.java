package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A no-change db:generate in a fresh JVM (Maven's, without Godwit's daemon) pays for every class it loads. It used to build the
 * next snapshot, with a random UUID for its id, before finding it had nothing to write: the UUID seeded a SecureRandom, loading
 * it, SHA-1, MessageDigest and their byte-array views for nothing. The finish of a stopped goal's change that every goal runs
 * first took the folder's lock, named by a SHA-256 of its path, also where nothing was left to finish. db:generate itself holds
 * the lock from reading the folder to writing it (a second one waits, then diffs against the first's migration), so the lock's
 * file is named by a hash that needs no MessageDigest.
 */
class NoChangeColdClassesTest {

    static final SchemaDef SCHEMA = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of());

    /** Run in a fresh JVM: the check every goal makes first, then a no-change generate, as db:generate runs them. */
    public static void main(String[] args) {
        MigrationsFolder folder = MigrationsFolder.at(Path.of(args[0]));
        FolderEdit.finishInterrupted(folder, EngineLog.SILENT);
        GenerateResult r = new Generator().generate(SCHEMA, folder, GenerateOptions.batch());
        System.out.println("written=" + r.written());
    }

    @Test
    void aNoChangeGenerateInAFreshJvmLoadsNoRandomIdNorDigest(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("drizzle");
        new Generator().generate(SCHEMA, MigrationsFolder.at(dir), GenerateOptions.batch());
        Map<String, String> before = files(dir);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:class+load=info",
                "-Duser.home=" + tmp.resolve("home"), "-cp", System.getProperty("java.class.path"), NoChangeColdClassesTest.class.getName(),
                dir.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("written=false"), out);
        for (String unneeded : List.of("java.util.UUID$Holder", "sun.security.provider.SecureRandom", "java.security.MessageDigest ",
                "dev.godwit.engine.folder.Checksums ")) {
            assertFalse(out.contains("] " + unneeded), unneeded + " loaded by a no-change generate");
        }
        assertEquals(before, files(dir));
        try (Stream<Path> locks = Files.list(tmp.resolve("home/.godwit/locks"))) {
            List<Path> held = locks.toList();
            assertEquals(1, held.size(), "db:generate's own lock, no other: " + held);
            assertEquals(0, Files.size(held.get(0)), "released: its holder text emptied");
        }
    }

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) all.put(dir.relativize(f).toString(), Files.readString(f));
        }
        return all;
    }
}
