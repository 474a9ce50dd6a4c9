package dev.godwit.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleClassesTest {

    @TempDir
    Path dir;

    private Path write(String relative, Instant time) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, relative);
        Files.setLastModifiedTime(p, FileTime.from(time));
        return p;
    }

    @Test
    void sourcesNewerThanTheirClassOrWithoutOneAreStale() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        write("src/com/acme/Users.java", t);
        write("classes/com/acme/Users.class", t.plusSeconds(5));            // compiled after the edit
        write("src/com/acme/Posts.java", t.plusSeconds(10));
        write("classes/com/acme/Posts.class", t.plusSeconds(5));            // edited after compiling
        write("src/com/acme/Tags.java", t);                                  // never compiled
        write("src/com/acme/package-info.java", t.plusSeconds(60));          // has no class of its own
        List<Path> stale = StaleClasses.find(List.of(dir.resolve("src"), dir.resolve("missing-root")), dir.resolve("classes"));
        assertEquals(List.of(Path.of("com/acme/Posts.java"), Path.of("com/acme/Tags.java")), stale);
        assertEquals("The compiled classes are older than their sources (com/acme/Posts.java, com/acme/Tags.java), so db:verify would"
                + " check a schema that is not the one in the sources. Run mvn compile db:verify, or mvn verify (where the verify"
                + " execution runs after compile).", StaleClasses.message(stale));
    }

    @Test
    void upToDateClassesAreNotStale() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        write("src/com/acme/Users.java", t);
        write("classes/com/acme/Users.class", t);
        assertEquals(List.of(), StaleClasses.find(List.of(dir.resolve("src")), dir.resolve("classes")));
    }

    /**
     * A red-team review deleted Posts.java and ran mvn db:verify: no source was newer than its class, the stale Posts.class was
     * loaded and the check passed (CI then failed on "drop table posts"). A class of the schema's packages that no source declares
     * is named; one declared as a second top-level type of another source, a nested one, one a generated source declares or one
     * outside the schema's packages is not.
     */
    @Test
    void schemaClassesWhoseSourceIsGoneAreNamed() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        write("src/com/acme/schema/Users.java", t);
        Files.writeString(dir.resolve("src/com/acme/schema/Users.java"), "package com.acme.schema;\nfinal class Users {}\nfinal class Helper {}\n");
        write("classes/com/acme/schema/Users.class", t);
        write("classes/com/acme/schema/Users$1.class", t);
        write("classes/com/acme/schema/Helper.class", t);
        write("classes/com/acme/schema/Posts.class", t);                     // Posts.java deleted
        write("classes/com/acme/schema/sub/Tags.class", t);                  // Tags.java deleted, in a subpackage
        write("gen/com/acme/schema/UsersMapper.java", t);
        write("classes/com/acme/schema/UsersMapper.class", t);               // an annotation processor's
        write("classes/com/acme/app/Main.class", t);                         // not the schema's
        assertEquals(List.of(Path.of("com/acme/schema/Posts.class"), Path.of("com/acme/schema/sub/Tags.class")),
                StaleClasses.withoutSource(List.of(dir.resolve("src"), dir.resolve("gen")), dir.resolve("classes"), List.of("com.acme.schema")));
        assertEquals(List.of(), StaleClasses.withoutSource(List.of(dir.resolve("src"), dir.resolve("gen")), dir.resolve("classes"), List.of("com.acme.other")));
        // a package with Kotlin sources (Orders.kt compiles to OrdersKt.class and more) is not judged: no false failure of mvn verify
        write("kotlin/com/acme/schema/sub/Orders.kt", t);
        write("classes/com/acme/schema/sub/OrdersKt.class", t);
        assertEquals(List.of(Path.of("com/acme/schema/Posts.class")), StaleClasses.withoutSource(List.of(dir.resolve("src"), dir.resolve("gen"),
                dir.resolve("kotlin")), dir.resolve("classes"), List.of("com.acme.schema")));
    }

    /**
     * mvn -pl app verify without -am gave db:verify the schema module's jar an earlier mvn install left in the local repository
     * (in CI, one a cache restored from another branch): a schema change with no migration passed, checked against the old
     * classes. Sources modified after the jar was written, or whose class the jar lacks, are named; a jar or folder holding no
     * class of the schema's packages is not the schema's, and is left alone.
     */
    @Test
    void aModuleJarOlderThanItsSourcesOrLackingTheirClassesIsNamed() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Path jar = dir.resolve("repo/shop-schema-1.0.jar");
        Files.createDirectories(jar.getParent());
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String e : List.of("com/acme/schema/Users.class", "com/acme/schema/Posts.class", "com/acme/util/Ids.class")) {
                out.putNextEntry(new java.util.jar.JarEntry(e));
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.from(t.plusSeconds(5)));
        write("src/com/acme/schema/Users.java", t);                       // compiled into the jar
        write("src/com/acme/schema/Posts.java", t.plusSeconds(10));      // edited after the jar was written
        write("src/com/acme/schema/Tags.java", t);                        // a table the jar does not have
        write("src/com/acme/schema/package-info.java", t);
        write("src/com/acme/util/Ids.java", t.plusSeconds(10));           // another package of the module, edited since: no table
        List<Path> roots = List.of(dir.resolve("src"));
        assertEquals(List.of(Path.of("com/acme/schema/Posts.java"), Path.of("com/acme/schema/Tags.java")),
                StaleClasses.newerThanBuilt(roots, jar, List.of("com.acme.schema")));
        assertEquals(List.of(), StaleClasses.newerThanBuilt(roots, jar, List.of("com.other")), "no class of the schema there");
        assertEquals(List.of(), StaleClasses.newerThanBuilt(roots, dir.resolve("repo/missing.jar"), List.of("com.acme.schema")));

        Files.setLastModifiedTime(jar, FileTime.from(t.plusSeconds(20)));   // installed after the edit
        Files.delete(dir.resolve("src/com/acme/schema/Tags.java"));
        assertEquals(List.of(), StaleClasses.newerThanBuilt(roots, jar, List.of("com.acme.schema")));

        // a table class deleted from the sources since the jar was installed: the jar still declares its table (db:generate said
        // "No schema changes" and db:verify passed, with no migration dropping it); nested classes and a second top-level type
        // of another source are not orphans, nor is a class of another package
        Path jar2 = dir.resolve("repo/shop-schema-1.1.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar2))) {
            for (String e : List.of("com/acme/schema/", "com/acme/schema/Users.class", "com/acme/schema/Users$Role.class", "com/acme/schema/Posts.class",
                    "com/acme/schema/Helper.class", "com/acme/schema/billing/Invoices.class", "com/acme/schema/billing/Invoices$Lines.class",
                    "com/acme/util/Gone.class")) {
                out.putNextEntry(new java.util.jar.JarEntry(e));
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar2, FileTime.from(t.plusSeconds(30)));
        Files.writeString(dir.resolve("src/com/acme/schema/Users.java"), "public final class Users extends Table {}\nfinal class Helper {}\n");
        Files.setLastModifiedTime(dir.resolve("src/com/acme/schema/Users.java"), FileTime.from(t));
        assertEquals(List.of(Path.of("com/acme/schema/billing/Invoices.java")), StaleClasses.newerThanBuilt(roots, jar2, List.of("com.acme.schema")));


        write("classes/com/acme/schema/Users.class", t.plusSeconds(5));
        write("classes/com/acme/schema/Posts.class", t.plusSeconds(5));
        assertEquals(List.of(Path.of("com/acme/schema/Posts.java")), StaleClasses.newerThanBuilt(roots, dir.resolve("classes"), List.of("com.acme.schema")));
        assertEquals(List.of(), StaleClasses.newerThanBuilt(roots, dir.resolve("classes"), List.of("com.other")));

        assertEquals("The schema's classes come from module com.acme:shop-schema, and the jar this build gives for it, " + jar
                + " (written 2026-01-01T00:00:20Z), is older than its sources, lacks their classes or holds classes whose source was deleted (schema/src/main/java/com/acme/schema/Posts.java),"
                + " so db:verify would check a schema that is not the one in the sources (a jar an earlier mvn install left in the local"
                + " repository, or a CI cache restored from another branch). Build that module in the same run: mvn -pl app -am verify.",
                StaleClasses.notBuiltMessage("com.acme:shop-schema", jar, List.of(Path.of("schema/src/main/java/com/acme/schema/Posts.java")),
                        "mvn -pl app -am verify"));
    }
}
