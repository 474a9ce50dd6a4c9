package dev.godwit.engine.bench;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares the whole-process benchmark (tools/bench-maven.sh): a Maven project using the plugin,
 * and next to it a SQLite database holding the N-table benchmark schema for db:pull to start from.
 * usage: BenchProject DIR TABLES PLUGIN_VERSION
 */
public final class BenchProject {

    private BenchProject() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int tables = Integer.parseInt(args[1]);
        String version = args[2];
        Files.createDirectories(dir.resolve(".godwit"));
        Path scratch = Files.createTempDirectory("godwit-bench-sql");
        new Generator().generate(BenchSchemas.initial(tables), MigrationsFolder.at(scratch), GenerateOptions.batch().withName("init"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve(".godwit/local.sqlite"))) {
            for (Migration m : MigrationsFolder.at(scratch).migrations()) db.runAtomically(m.statements(), false);
        }
        Benchmarks.delete(scratch);
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>bench-schema</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <db.schema>bench.schema</db.schema>
                  </properties>
                  <dependencies>
                    <dependency><groupId>dev.godwit</groupId><artifactId>godwit-schema-model</artifactId><version>%1$s</version></dependency>
                  </dependencies>
                  <build>
                    <pluginManagement><plugins>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
                      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.5.1</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version></plugin>
                    </plugins></pluginManagement>
                    <plugins>
                      <plugin>
                        <groupId>dev.godwit</groupId><artifactId>godwit-maven-plugin</artifactId><version>%1$s</version>
                        <executions><execution><goals><goal>verify</goal></goals></execution></executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version));
        System.out.println("bench project with a " + tables + "-table database in " + dir);
    }
}
