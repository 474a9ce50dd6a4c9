package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With -Ddb.out=db/migrations, messages named the files from the folder's parent ("git checkout -- migrations/0000_init.sql"),
 * which fails in the project directory where the command is run. The goals' folder names them from the project directory.
 */
class FolderInMessagesTest {

    @Test
    void aFolderDeeperInTheProjectIsNamedFromTheProjectDirectory(@TempDir Path dir) {
        StatusMojo status = new StatusMojo(null);
        status.project = new org.apache.maven.project.MavenProject();
        status.project.setFile(dir.resolve("pom.xml").toFile());
        status.out = dir.resolve("db/migrations").toFile();   // as Maven injects -Ddb.out=db/migrations
        var folder = status.folder();
        assertEquals(dir.resolve("db/migrations"), folder.dir());
        assertEquals("db/migrations/0000_init.sql", folder.relative(folder.sqlFile("0000_init")));
        assertEquals("db/migrations/meta/_journal.json", folder.relative(folder.journalFile()));
    }
}
