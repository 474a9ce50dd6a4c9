package dev.godwit.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader the goals load schema classes with: each class file read once, checked for JVM-ending calls as it is defined. */
class SchemaClassLoaderTest {

    @TempDir
    Path tmp;

    private Path compile(Map<String, String> sources) throws Exception {
        return compile("classes", sources);
    }

    private Path compile(String into, Map<String, String> sources) throws Exception {
        Path src = tmp.resolve("src-" + into);
        Path classes = tmp.resolve(into);
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
        for (var e : sources.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        return classes;
    }

    /** A jar of one compiled class, with its package's directory entry as Maven writes it. */
    private Path jarOf(Path classes, String pkg, String cls) throws Exception {
        Path jar = tmp.resolve(pkg + ".jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry(pkg + "/"));
            out.closeEntry();
            out.putNextEntry(new java.util.jar.JarEntry(pkg + "/" + cls + ".class"));
            out.write(Files.readAllBytes(classes.resolve(pkg + "/" + cls + ".class")));
            out.closeEntry();
        }
        return jar;
    }

    private static String table(String pkg, String cls, String name, String constructorExtra) {
        return "package " + pkg + ";\n"
                + "public final class " + cls + " extends dev.godwit.schema.Table {\n"
                + "    public static final " + cls + " INSTANCE = new " + cls + "();\n"
                + "    public final dev.godwit.schema.Column id = integer(\"id\").primaryKey();\n"
                + "    private " + cls + "() { super(\"" + name + "\"); " + constructorExtra + " }\n"
                + "}\n";
    }

    @Test
    void definesTheProjectsClassesItselfWithTheirPackageAndWhereTheyCameFrom() throws Exception {
        Path classes = compile(Map.of(
                "clok/Accounts.java", table("clok", "Accounts", "accounts", ""),
                "clok/sub/Entries.java", table("clok.sub", "Entries", "entries", "")));
        try (SchemaClassLoader loader = new SchemaClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            SchemaDef schema = SchemaLoader.load(List.of("clok"), tmp, loader, true);
            assertEquals(List.of("accounts", "entries"), schema.tableNames());
            Class<?> accounts = loader.loadClass("clok.Accounts");
            assertSame(loader, accounts.getClassLoader());
            assertEquals("clok", accounts.getPackage().getName());
            assertEquals(classes.toUri().toURL(), accounts.getProtectionDomain().getCodeSource().getLocation());
            assertEquals(Map.of(), loader.refused());
        }
        // The same classes through a plain URLClassLoader give the same schema.
        try (URLClassLoader plain = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            assertEquals(List.of("accounts", "entries"), SchemaLoader.load(List.of("clok"), tmp, plain).tableNames());
        }
    }

    @Test
    void refusesTheSchemaPackagesClassesThatEndTheJvmAndReportsOnlyThat() throws Exception {
        // If a refusal failed, the exit would end this test JVM and fail the build.
        Path classes = compile(Map.of(
                "clexit/schema/Accounts.java", table("clexit.schema", "Accounts", "accounts", ""),
                "clexit/schema/Quitter.java", table("clexit.schema", "Quitter", "quitter", "if (Boolean.parseBoolean(\"true\")) System.exit(3);"),
                "clexit/schema/sub/Halter.java", table("clexit.schema.sub", "Halter", "halter", "if (Boolean.parseBoolean(\"true\")) Runtime.getRuntime().halt(4);"),
                // Uses the refused class: it fails too, but the refusal is what is reported.
                "clexit/schema/Ledger.java", table("clexit.schema", "Ledger", "ledger", "clexit.schema.Quitter.class.getName();"),
                // Outside the schema's packages: a class the schema uses may hold a call it never makes (an application's main).
                "clexit/app/App.java", """
                        package clexit.app;
                        public final class App {
                            public static final String NAME = new String("ledger_entries");
                            public static void main(String[] args) { System.exit(0); }
                        }
                        """,
                "clexit/schema/Entries.java", table("clexit.schema", "Entries", "entries", "clexit.app.App.NAME.length();")));
        try (SchemaClassLoader loader = new SchemaClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            SchemaException e = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("clexit.schema"), tmp, loader, true));
            String tail = ", which would end Maven itself with no message while the schema is loaded; Godwit did not load it."
                    + " A schema class only declares tables: remove the call";
            assertEquals("Invalid schema (2 problems):\n  - class clexit.schema.Quitter calls System.exit" + tail
                    + "\n  - class clexit.schema.sub.Halter calls Runtime.halt" + tail, e.getMessage());
            assertEquals(Map.of("clexit.schema.Quitter", "System.exit", "clexit.schema.sub.Halter", "Runtime.halt"), loader.refused());
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("clexit.schema.Quitter"));   // refused every time it is asked for
            assertEquals(loader, loader.loadClass("clexit.app.App").getClassLoader(), "outside the schema's packages: loaded");
        }
    }

    @Test
    void theClassPathEntryOfAPercentEncodedClassFile() {
        assertEquals("file:/p/target/classes/", SchemaClassLoader.root("file:/p/target/classes/a/b/%C3%9Cber.class", "a/b/Über.class"));
        assertEquals("file:/p/my%20dir/", SchemaClassLoader.root("file:/p/my%20dir/T.class", "T.class"));
    }

    @Test
    void classesInJarsLoadAsInAnyUrlClassLoader() throws Exception {
        Path jar = jarOf(compile(Map.of("cljar/Clubs.java", table("cljar", "Clubs", "clubs", ""))), "cljar", "Clubs");
        try (SchemaClassLoader loader = new SchemaClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertEquals(List.of("clubs"), SchemaLoader.load(List.of("cljar"), tmp, loader).tableNames());
            assertEquals(jar.toUri().toURL(), loader.loadClass("cljar.Clubs").getProtectionDomain().getCodeSource().getLocation());
        }
    }

    @Test
    void aSchemaClassInAJarIsCheckedToo() throws Exception {
        Path jar = jarOf(compile(Map.of("cljarexit/Quitter.java",
                table("cljarexit", "Quitter", "quitter", "if (Boolean.parseBoolean(\"true\")) System.exit(3);"))), "cljarexit", "Quitter");
        try (SchemaClassLoader loader = new SchemaClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            SchemaException e = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("cljarexit"), tmp, loader));
            assertEquals(true, e.getMessage().startsWith("Invalid schema: class cljarexit.Quitter calls System.exit, which would end Maven"), e.getMessage());
        }
    }

    private static String marker(String pkg, String from) {
        return "package " + pkg + ";\npublic final class Marker { public static final String FROM = \"" + from + "\"; }\n";
    }

    @Test
    void aSchemaPackagesClassComesFromTheProjectFirstAndEverythingElseFromThePluginFirst() throws Exception {
        Path plugin = compile("plugin", Map.of(
                "clorder/schema/Marker.java", marker("clorder.schema", "plugin"),
                "clorder/schema/OnlyInPlugin.java", "package clorder.schema;\npublic final class OnlyInPlugin { }\n",
                "clorder/other/Marker.java", marker("clorder.other", "plugin"),
                "dev/godwit/clorder/Marker.java", marker("dev.godwit.clorder", "plugin")));
        Path project = compile("project", Map.of(
                "clorder/schema/Marker.java", marker("clorder.schema", "project"),
                "clorder/other/Marker.java", marker("clorder.other", "project"),
                "dev/godwit/clorder/Marker.java", marker("dev.godwit.clorder", "project")));
        try (URLClassLoader pluginRealm = new URLClassLoader(new URL[] {plugin.toUri().toURL()}, getClass().getClassLoader());
                SchemaClassLoader loader = new SchemaClassLoader(new URL[] {project.toUri().toURL()}, pluginRealm)) {
            loader.checkExitCallsIn(List.of("clorder.schema", "dev.godwit"));
            // The schema's own classes: the project's compiled ones, whatever the plugin's class path holds.
            Class<?> schemaMarker = loader.loadClass("clorder.schema.Marker");
            assertEquals("project", schemaMarker.getField("FROM").get(null));
            assertSame(loader, schemaMarker.getClassLoader());
            assertSame(schemaMarker, loader.loadClass("clorder.schema.Marker"));
            // Not on the project's class path: the plugin's (a schema jar given as a plugin <dependency>).
            assertSame(pluginRealm, loader.loadClass("clorder.schema.OnlyInPlugin").getClassLoader());
            // Outside the schema's packages, and Godwit's own packages even when named as schema packages: the plugin's first, as before.
            assertEquals("plugin", loader.loadClass("clorder.other.Marker").getField("FROM").get(null));
            assertEquals("plugin", loader.loadClass("dev.godwit.clorder.Marker").getField("FROM").get(null));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("clorder.schema.Nowhere"));
        }
    }

    @Test
    void aRefusedProjectClassIsNotTakenFromThePluginInstead() throws Exception {
        Path plugin = compile("plugin", Map.of("clrefuse/schema/Quits.java", "package clrefuse.schema;\npublic final class Quits { }\n"));
        Path project = compile("project", Map.of("clrefuse/schema/Quits.java",
                "package clrefuse.schema;\npublic final class Quits { static void never() { System.exit(5); } }\n"));
        try (URLClassLoader pluginRealm = new URLClassLoader(new URL[] {plugin.toUri().toURL()}, getClass().getClassLoader());
                SchemaClassLoader loader = new SchemaClassLoader(new URL[] {project.toUri().toURL()}, pluginRealm)) {
            loader.checkExitCallsIn(List.of("clrefuse.schema"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("clrefuse.schema.Quits"));
            assertEquals(Map.of("clrefuse.schema.Quits", "System.exit"), loader.refused());
        }
    }

    @Test
    void resourcesOfASchemaPackageComeFromWhereItsClassesDo() throws Exception {
        Path plugin = tmp.resolve("plugin-res");
        Path project = tmp.resolve("project-res");
        for (Path root : List.of(plugin, project)) {
            for (String r : List.of("clres/schema/seed.sql", "clres/other/seed.sql", "javax/annotation/processing/seed.sql")) {
                Files.createDirectories(root.resolve(r).getParent());
                Files.writeString(root.resolve(r), root.getFileName().toString());
            }
        }
        try (URLClassLoader pluginRealm = new URLClassLoader(new URL[] {plugin.toUri().toURL()}, getClass().getClassLoader());
                SchemaClassLoader loader = new SchemaClassLoader(new URL[] {project.toUri().toURL()}, pluginRealm)) {
            // "javax" as a schema package: still no JDK package is taken from the project first.
            loader.checkExitCallsIn(List.of("clres.schema", "javax"));
            assertEquals(project.resolve("clres/schema/seed.sql").toUri().toURL(), loader.getResource("clres/schema/seed.sql"));
            assertEquals(plugin.resolve("clres/other/seed.sql").toUri().toURL(), loader.getResource("clres/other/seed.sql"));
            assertEquals(plugin.resolve("javax/annotation/processing/seed.sql").toUri().toURL(),
                    loader.getResource("javax/annotation/processing/seed.sql"));
        }
    }

    @Test
    void aJarRebuiltAtTheSamePathIsCheckedFromItsNewBytes() throws Exception {
        // As in the Maven daemon: one build loads the schema jar, the next finds it rebuilt at the same path.
        Path clean = jarOf(compile("v1", Map.of("clswap/Swap.java", "package clswap;\npublic final class Swap { }\n")), "clswap", "Swap");
        Path jar = tmp.resolve("schema.jar");
        Files.copy(clean, jar);
        try (SchemaClassLoader first = new SchemaClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            first.checkExitCallsIn(List.of("clswap"));
            assertEquals("clswap.Swap", first.loadClass("clswap.Swap").getName());
        }
        Path rebuilt = jarOf(compile("v2", Map.of("clswap/Swap.java",
                "package clswap;\npublic final class Swap { static void never() { System.exit(6); } }\n")), "clswap", "Swap");
        Files.move(rebuilt, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (SchemaClassLoader second = new SchemaClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            second.checkExitCallsIn(List.of("clswap"));
            assertThrows(ClassNotFoundException.class, () -> second.loadClass("clswap.Swap"));
            assertEquals(Map.of("clswap.Swap", "System.exit"), second.refused());
        }
    }
}
