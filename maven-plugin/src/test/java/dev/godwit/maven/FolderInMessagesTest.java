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

    /**
     * Files are named from where mvn runs (user.dir): from the repository's root under mvn -f demo, "demo/drizzle/...". An IDE's
     * embedded Maven runs with the IDE's own working directory, unrelated to the project: the paths climbed out of it
     * ("../../ide/../app/drizzle/0000_init.sql"), which help nobody. Where neither directory holds the other, files are named by
     * their absolute path, which works from anywhere.
     */
    @Test
    void filesAreNamedFromWhereMvnRunsAndAbsoluteWhenThatIsUnrelatedToTheProject(@TempDir Path dir) {
        Path project = dir.resolve("work/app");
        StatusMojo status = new StatusMojo(null);
        status.project = new org.apache.maven.project.MavenProject();
        status.project.setFile(project.resolve("pom.xml").toFile());
        status.out = project.resolve("drizzle").toFile();
        status.session = new org.apache.maven.execution.MavenSession(null, null, new org.apache.maven.execution.DefaultMavenExecutionRequest(),
                new org.apache.maven.execution.DefaultMavenExecutionResult());
        String userDir = System.getProperty("user.dir");
        try {
            System.setProperty("user.dir", dir.resolve("work").toString());   // mvn -f app
            assertEquals("app/drizzle/0000_init.sql", status.folder().relative(status.folder().sqlFile("0000_init")));
            System.setProperty("user.dir", project.resolve("src").toString());   // mvn -f .. in src
            assertEquals("../drizzle/0000_init.sql", status.folder().relative(status.folder().sqlFile("0000_init")));
            System.setProperty("user.dir", dir.resolve("ide/bin").toString());   // an IDE's embedded Maven
            assertEquals(project.resolve("drizzle/0000_init.sql").toString(), status.folder().relative(status.folder().sqlFile("0000_init")));
        } finally {
            System.setProperty("user.dir", userDir);
        }
    }
}
