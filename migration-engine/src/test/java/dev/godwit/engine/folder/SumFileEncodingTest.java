package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checksum file re-saved by a Windows editor (UTF-8 byte order mark, CRLF) still records the same SQL. */
class SumFileEncodingTest {

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkAndCrlfInAChecksumFileDoNotMakeTheMigrationLookEdited() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(StaleSumTest.schema("name"), folder, GenerateOptions.batch().withName("init"));
        Path sum = folder.sumFile("0000_init");
        String written = Files.readString(sum);
        String hash = written.split(" ")[0];
        // the bytes Notepad writes for "UTF-8 with BOM" and Windows line ends: EF BB BF <hash> when=<n> CR LF
        byte[] text = written.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(sum, withBom);

        JournalEntry entry = folder.readJournal().entries().get(0);
        assertEquals(hash, folder.readSum(entry));
        assertEquals(hash, folder.readSum("0000_init"));
        assertEquals(List.of(), folder.staleSums().keySet().stream().toList());
        List<Finding> findings = Verifier.check(StaleSumTest.schema("name"), folder).findings();
        assertTrue(findings.stream().noneMatch(f -> f.kind() == Finding.Kind.EDITED || f.kind() == Finding.Kind.FOLDER), findings.toString());

        // an edit is still an edit
        Files.writeString(folder.sqlFile("0000_init"), Files.readString(folder.sqlFile("0000_init")) + "\n-- edited\n");
        findings = Verifier.check(StaleSumTest.schema("name"), folder).findings();
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Finding.Kind.EDITED), findings.toString());
    }
}
