package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FolderEdit stages every file, then forces them all to the disk at once on several threads: the file in place must hold exactly
 * the bytes given, whether empty, larger than one write, or staged over a longer file a stopped goal left under that name; and
 * a change of more files than it forces at once (a db:rebase renumbering many) puts every one in place.
 */
class FolderEditBytesTest {

    @TempDir
    Path tmp;

    @Test
    void eachFileHoldsExactlyTheBytesGiven() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("drizzle"));
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 5_000_000; i++) big.append("INSERT INTO t VALUES (").append(i).append(", 'é€𝄞');\n");
        String longer = "-- a longer file a stopped goal staged under this name, the record never written\n".repeat(1000);
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("meta/__journal.json.godwit-new"), longer);
        Files.writeString(dir.resolve("0000_old.sql"), "SELECT 1;\n");

        new FolderEdit(MigrationsFolder.at(dir), "db:generate")
                .write(dir.resolve("0000_empty.sql"), "")
                .write(dir.resolve("0001_big.sql"), big.toString())
                .write(dir.resolve("meta/_journal.json"), "{}\n")
                .write(dir.resolve("0000_old.sql"), "")
                .commit();

        assertEquals(0, Files.size(dir.resolve("0000_empty.sql")));
        assertArrayEquals(big.toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("0001_big.sql")));
        assertEquals("{}\n", Files.readString(dir.resolve("meta/_journal.json")));
        assertEquals(0, Files.size(dir.resolve("0000_old.sql")));
        try (var s = Files.walk(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".godwit-new") || p.getFileName().toString().equals(FolderEdit.RECORD))
                    .toList());
        }
        assertFalse(Files.exists(dir.resolve(FolderEdit.RECORD)));
    }

    @Test
    void aChangeOfManyFilesInSeveralFoldersPutsEachInPlaceAndLeavesNoForcingThread() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("drizzle"));
        FolderEdit edit = new FolderEdit(MigrationsFolder.at(dir), "db:rebase");
        for (int i = 0; i < 30; i++) {
            edit.write(dir.resolve(String.format("%04d_m.sql", i)), "SELECT " + i + ";\n")
                    .write(dir.resolve(String.format("meta/%04d_snapshot.json", i)), "{\"i\":" + i + "}\n")
                    .write(dir.resolve(String.format("meta/_sums/%04d_m.sum", i)), "sum " + i + "\n");
        }
        edit.commit();

        for (int i = 0; i < 30; i++) {
            assertEquals("SELECT " + i + ";\n", Files.readString(dir.resolve(String.format("%04d_m.sql", i))));
            assertEquals("{\"i\":" + i + "}\n", Files.readString(dir.resolve(String.format("meta/%04d_snapshot.json", i))));
            assertEquals("sum " + i + "\n", Files.readString(dir.resolve(String.format("meta/_sums/%04d_m.sum", i))));
        }
        try (var s = Files.walk(dir)) {
            assertEquals(90, s.filter(Files::isRegularFile).count(), "the 90 files and nothing staged or recorded");
        }
        assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("godwit-force") && t.isAlive()).toList());
    }
}
