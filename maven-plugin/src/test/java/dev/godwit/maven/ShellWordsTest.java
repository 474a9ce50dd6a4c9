package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

    /** What the "to go back" command prints reads back as the same argument in a real shell, a space or a quote in it too. */
    @Test
    void aPathWithASpaceOrAQuoteReadsBackWhole() throws IOException, InterruptedException {
        for (String arg : List.of("-Ddb.d1.databaseId=db-r", "-Ddb.local.path=/Users/me/Application Support/app.db", "-Ddb.local.path=/tmp/it's.db")) {
            Process p = new ProcessBuilder("sh", "-c", "printf '%s' " + ShellWords.quoted(arg)).start();
            String back = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            assertEquals(arg, back);
        }
        assertEquals("-Ddb.d1.databaseId=db-r", ShellWords.quoted("-Ddb.d1.databaseId=db-r"));
    }
}
