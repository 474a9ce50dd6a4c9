package dev.godwit.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaLoaderTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @TempDir
    Path tmp;

    /**
     * {@code public final Column ownerId = Owners.OWNERS.id;} declared no column: db:generate wrote "pets" without "owner_id" and
     * said nothing. Now loading the package is refused, naming class, field, the column's table and what to write instead.
     */
    @Test
    void aColumnFieldHoldingAnotherTablesColumnIsRefused() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.borrowed"), tmp, loader));
        assertEquals(List.of("class dev.godwit.engine.load.fixture.borrowed.Pets (table \"pets\"): field ownerId holds column \"owners\".\"id\""
                + " of another table (class dev.godwit.engine.load.fixture.borrowed.Owners), so it declares no column of \"pets\"; a field"
                + " declares a column of its own table: write integer(\"owner_id\"), with .references(() -> Owners.OWNERS.id) if a foreign"
                + " key to \"owners\".\"id\" was meant"), e.problems());
    }

    /**
     * A problem in the Java classes stopped loading before the YAML descriptors beside them were read, so their problems came only
     * on the next run. Both are said in one run now, each in its own words: the descriptors' by file (in the order <schema> lists
     * them) and line, then the classes', which name no file. A descriptor's foreign key to the classes' refused table is no second problem, and one to their sound table is followed.
     */
    @Test
    void theDescriptorsProblemsAreSaidWithTheClassesProblemsInOneRun() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), """
                tables:
                  - name: visits
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: pet_id, type: integer, references: {table: pets, column: id}}
                      - {name: owner_id, type: integer, references: {table: owners, column: nope}}
                      - {name: n, type: integer, default: abc}
                """);
        Files.writeString(tmp.resolve("b.yaml"), """
                tables:
                  - name: vets
                    colums:
                      - {name: id, type: integer, primaryKey: true}
                """);
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("b.yaml", "dev.godwit.engine.load.fixture.borrowed", "a.yaml"), tmp, loader));
        assertEquals(List.of("b.yaml line 3: unknown key \"colums\" in a table: did you mean \"columns\"? (known keys: name, renamedFrom, columns,"
                        + " primaryKey, indexes, foreignKeys, uniques, checks)",
                "a.yaml line 6 (column \"visits\".\"owner_id\"): foreign key \"visits_owner_id_owners_nope_fk\" references column"
                        + " \"owners\".\"nope\", which does not exist",
                "a.yaml line 7: " + DEFAULT_ABC,
                "class dev.godwit.engine.load.fixture.borrowed.Pets (table \"pets\"): field ownerId holds column \"owners\".\"id\""
                + " of another table (class dev.godwit.engine.load.fixture.borrowed.Owners), so it declares no column of \"pets\"; a field"
                + " declares a column of its own table: write integer(\"owner_id\"), with .references(() -> Owners.OWNERS.id) if a foreign"
                + " key to \"owners\".\"id\" was meant"), e.problems());
    }

    private static final String DEFAULT_ABC = "\"default\" of column \"n\" of table \"visits\": the default abc is text, but the column is"
            + " integer, so every row that leaves the column out holds the text 'abc' where the application reads a number; give a number"
            + " (default: 1, unquoted), or, if the text is really meant (as in a database made by hand), default: {sql: \"'abc'\"}";

    /**
     * A descriptor not found stopped the run before the classes and the other descriptors were read: their problems are said
     * with it now. A foreign key to a table of the missing file is no problem of its own (the table may be declared there).
     */
    @Test
    void aMissingDescriptorIsSaidWithTheOtherSourcesProblems() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), """
                tables:
                  - name: visits
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: vet_id, type: integer, references: {table: vets, column: id}}
                      - {name: n, type: integer, default: abc}
                """);
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.borrowed", "a.yaml", "vets.yaml"), tmp, loader));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertEquals("a.yaml line 6: " + DEFAULT_ABC, e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("schema file vets.yaml does not exist"), e.problems().get(1));
        assertTrue(e.problems().get(2).startsWith("class dev.godwit.engine.load.fixture.borrowed.Pets (table \"pets\"): field ownerId"),
                e.problems().get(2));
    }

    /** A class that fails to initialise: the descriptors' problems are said beside it; a foreign key to a table nowhere declared is not (it may be that class's). */
    @Test
    void theDescriptorsProblemsAreSaidBesideAClassThatFailsToInitialise() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), """
                tables:
                  - name: visits
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: thing_id, type: integer, references: {table: exploding, column: id}}
                      - {name: n, type: integer, default: abc}
                """);
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.broken", "a.yaml"), tmp, loader));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertEquals("a.yaml line 6: " + DEFAULT_ABC, e.problems().get(0));
        // "failed to initialise ... boom", or "cannot be loaded" where another test of this JVM initialised it first
        assertTrue(e.problems().get(1).startsWith("class dev.godwit.engine.load.fixture.broken.Exploding "), e.problems().get(1));
    }

    @Test
    void collectsTablesOfAPackageAndItsSubpackagesInClassNameOrder() {
        SchemaDef schema = SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.ok"), tmp, loader);
        assertEquals(List.of("teams", "players"), schema.tableNames());
        ForeignKeyDef fk = schema.table("players").orElseThrow().foreignKeys().get(0);
        assertEquals("teams", fk.refTable());
        assertEquals(List.of("id"), fk.refColumns());
    }

    @Test
    void definingAheadOnASecondThreadGivesTheSameSchemaAndLeavesNoThread() {
        assertEquals(SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.ok"), tmp, loader),
                SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.ok"), tmp, loader, true));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("godwit-schema-definer")));
    }

    @Test
    void packageWithoutTablesIsAnErrorNamingIt() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.empty"), tmp, loader));
        assertTrue(e.getMessage().startsWith("Invalid schema: package dev.godwit.engine.load.fixture.empty declares no tables or views"), e.getMessage());
        SchemaException missing = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("com.nowhere.schema"), tmp, loader));
        assertTrue(missing.getMessage().contains("package com.nowhere.schema declares no tables"), missing.getMessage());
    }

    /**
     * -Ddb.schema=com.acme.shema: the error said the package declares no tables and to check its name, without naming the
     * package the project's compiled classes are in. It names the nearest one now; nothing near (another project) adds nothing.
     */
    @Test
    void aMistypedPackageIsAnErrorNamingTheNearestPackageOfCompiledClasses() throws Exception {
        Path classes = tmp.resolve("target/classes");
        for (String f : List.of("com/acme/schema/Users.class", "com/acme/schema/Workspaces.class", "com/acme/app/Main.class")) {
            Files.createDirectories(classes.resolve(f).getParent());
            Files.write(classes.resolve(f), new byte[0]);   // listed, never loaded: the mistyped package has no classes to load
        }
        try (SchemaClassLoader project = new SchemaClassLoader(new URL[] {classes.toUri().toURL()}, loader)) {
            SchemaException e = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("com.acme.shema"), tmp, project));
            assertEquals("Invalid schema: package com.acme.shema declares no tables or views (looked for classes extending"
                    + " dev.godwit.schema.Table or View, in it and its subpackages, among the project's compiled classes); did you mean"
                    + " com.acme.schema (compiled classes are there)? Else check the package name in <schema> / -Ddb.schema, and that the classes"
                    + " are compiled (mvn compile)", e.getMessage());
            SchemaException far = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("org.example.db"), tmp, project));
            assertTrue(far.getMessage().endsWith("among the project's compiled classes); check the package name in <schema> / -Ddb.schema,"
                    + " and that the classes are compiled (mvn compile)"), far.getMessage());
        }
    }

    /**
     * Every class of the schema's packages was initialised, helpers too: an application class beside the tables whose static
     * initialiser needs the running application (a setting, a connection) failed db:generate ("class ...Settings failed to
     * initialise"), and one with a side effect ran it in the build. Only table and view classes and classes holding table or view
     * instances in static fields are initialised now; the others' code does not run.
     */
    @Test
    void classesThatDeclareNoTableOrViewAreNotInitialised() {
        SchemaDef s = SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.helpers"), tmp, loader);
        assertEquals(List.of("tickets"), s.tables().stream().map(t -> t.name()).toList());
        assertEquals(null, System.getProperty("godwit.fixture.helpers.started"), "Startup's static initialiser ran");
    }

    /** A nested table class without static was said to have "no no-argument constructor" while its source showed one. */
    @Test
    void anInnerTableClassIsNamedAsSuchWithTheStaticItNeeds() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.inner"), tmp, loader));
        assertEquals(List.of("class dev.godwit.engine.load.fixture.inner.Audit$Entries declares a table but is an inner class (declared inside"
                + " Audit without static), so Java passes each of its constructors an instance of Audit and Godwit cannot construct it; declare"
                + " it static (public static final class Entries), or give it a static instance field"), e.problems());
    }

    @Test
    void classThatFailsToInitialiseIsNamedWithItsCause() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.broken"), tmp, loader));
        assertTrue(e.getMessage().contains("class dev.godwit.engine.load.fixture.broken.Exploding failed to initialise"), e.getMessage());
        assertTrue(e.getMessage().contains("boom in the constructor"), e.getMessage());
    }

    @Test
    void anErrorThrownByAStaticInitializerIsAProblemNamingTheClass() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.error"), tmp, loader));
        assertEquals("Invalid schema: class dev.godwit.engine.load.fixture.error.Crashing failed to initialise at Crashing.java:11:"
                + " java.lang.AssertionError: static initializer gave up", e.getMessage());
    }

    /**
     * Two tables whose constructors read each other's instance (a red team): the NPE was placed at the line of the class being
     * loaded, not where the null was read, a second line said the other class "cannot be loaded: Could not initialize class", and
     * nothing said what to do.
     */
    @Test
    void aCycleOfStaticInstancesNamesTheLineThatReadTheNullAndWhatToDo() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.cycle"), tmp, loader));
        assertEquals("Invalid schema: class dev.godwit.engine.load.fixture.cycle.Authors failed to initialise at Books.java:15:"
                + " java.lang.NullPointerException: Cannot read field \"id\" because \"dev.godwit.engine.load.fixture.cycle.Authors.AUTHORS\" is null"
                + " (Authors.AUTHORS was read before it was assigned: static fields are assigned in the order they are declared, and two classes"
                + " whose instances read each other's while they are constructed see one of them still null; declare Authors.AUTHORS above the"
                + " field that reads it, or read it inside a lambda, as references(() -> Authors.AUTHORS.id) does)", e.getMessage());
    }

    @Test
    void aClassThatCallsSystemExitIsRefusedWithoutBeingLoaded() {
        // If the check missed it, System.exit(3) would end this test JVM and fail the build.
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.exits"), tmp, loader));
        assertEquals("Invalid schema: class dev.godwit.engine.load.fixture.exits.Quitting calls System.exit, which would end Maven itself"
                + " with no message while the schema is loaded; Godwit did not load it. A schema class only declares tables: remove the call",
                e.getMessage());
    }

    @Test
    void missingYamlFileIsNamed() {
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("src/main/db/schema.yaml"), tmp, loader));
        assertEquals("Invalid schema: schema file src/main/db/schema.yaml does not exist (looked at " + tmp.resolve("src/main/db/schema.yaml")
                + "); fix the path in <schema> / -Ddb.schema", e.getMessage());
    }

    /**
     * A multi-module build with the descriptor in schema/ and the plugin in app/: the path written from the top-level folder
     * was read from app/, and the error said only "fix the path". It names the file found further up and the entry that reaches it.
     */
    @Test
    void missingYamlFileFoundFurtherUpInTheBuildIsNamedWithTheEntryThatReachesIt() throws Exception {
        Path top = tmp.resolve("shop");
        Files.createDirectories(top.resolve("app"));
        Files.createDirectories(top.resolve("schema/src/main/db"));
        Files.writeString(top.resolve("pom.xml"), "<project/>");
        Files.writeString(top.resolve("app/pom.xml"), "<project/>");
        Files.writeString(top.resolve("schema/pom.xml"), "<project/>");
        Files.writeString(top.resolve("schema/src/main/db/schema.yaml"), "tables: []\n");
        Path app = top.resolve("app");

        SchemaException fromTop = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("schema/src/main/db/schema.yaml"), app, loader));
        assertEquals("Invalid schema: schema file schema/src/main/db/schema.yaml does not exist (looked at " + app.resolve("schema/src/main/db/schema.yaml")
                + ": a relative path is read from the folder of the module the goal runs in, " + app + "). "
                + top.resolve("schema/src/main/db/schema.yaml") + " is there: in a multi-module build name it from the module, as"
                + " ${project.basedir}/../schema/src/main/db/schema.yaml in <schema> / -Ddb.schema", fromTop.getMessage());

        // written from the schema module's own folder
        SchemaException fromSchema = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("src/main/db/schema.yaml"), app, loader));
        assertTrue(fromSchema.getMessage().endsWith(top.resolve("schema/src/main/db/schema.yaml") + " is there: in a multi-module build name it"
                + " from the module, as ${project.basedir}/../schema/src/main/db/schema.yaml in <schema> / -Ddb.schema"), fromSchema.getMessage());
    }

    @Test
    void yamlAndJavaSourcesAreMerged() throws Exception {
        Files.writeString(tmp.resolve("extra.yaml"), """
                tables:
                  - name: coaches
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: name, type: text, notNull: true}
                """);
        SchemaDef schema = SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.ok", "extra.yaml"), tmp, loader);
        assertEquals(List.of("teams", "players", "coaches"), schema.tableNames());
    }

    @Test
    void findsTablesInAJarAsWell() throws Exception {
        Path src = tmp.resolve("src/jarfixture/Clubs.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package jarfixture;
                public final class Clubs extends dev.godwit.schema.Table {
                    public static final Clubs CLUBS = new Clubs();
                    public final dev.godwit.schema.Column id = integer("id").primaryKey();
                    private Clubs() { super("clubs"); }
                }
                """);
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), src.toString());
        assertEquals(0, rc);
        Path jar = tmp.resolve("schema.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("jarfixture/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("jarfixture/Clubs.class"));
            out.write(Files.readAllBytes(classes.resolve("jarfixture/Clubs.class")));
            out.closeEntry();
        }
        try (URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, loader)) {
            SchemaDef schema = SchemaLoader.load(List.of("jarfixture"), tmp, jarLoader);
            assertEquals(List.of("clubs"), schema.tableNames());
        }
    }

    /**
     * A schema jar compiled for a newer Java than the one running Godwit (a schema module with release 21, Maven on Java 17): the
     * JVM's "has been compiled by a more recent version of the Java Runtime (class file version 65.0)" named neither the jar nor
     * what to change. The class file here is this JVM's own, marked one release newer.
     */
    @Test
    void aSchemaClassCompiledForANewerJavaNamesItsJarAndBothJavaVersions() throws Exception {
        Path src = tmp.resolve("src/newer/Orders.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package newer;
                import dev.godwit.schema.*;
                public final class Orders extends Table {
                    public static final Orders ORDERS = new Orders();
                    public final Column id = integer("id").primaryKey();
                    private Orders() { super("orders"); }
                }
                """);
        Path classes = tmp.resolve("classes");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d",
                classes.toString(), src.toString()));
        byte[] bytes = Files.readAllBytes(classes.resolve("newer/Orders.class"));
        int running = Runtime.version().feature();
        bytes[6] = 0;
        bytes[7] = (byte) (running + 1 + 44);
        Path jar = tmp.resolve("orders.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("newer/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("newer/Orders.class"));
            out.write(bytes);
            out.closeEntry();
        }
        try (URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, loader)) {
            SchemaException e = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("newer"), tmp, jarLoader));
            assertEquals(List.of("class newer.Orders (from " + jar + ") is compiled for Java " + (running + 1) + " (class file version "
                    + (running + 45) + "), and Godwit runs on Java " + running + " here, which loads classes compiled for Java " + running
                    + " or older: run Maven on Java " + (running + 1) + " or later (JAVA_HOME), or compile the schema for Java " + running
                    + " (<maven.compiler.release>" + running + "</maven.compiler.release> in the POM that builds it)"), e.problems());
        }
    }

    /** Compiles the given sources (package p) and loads package p from them. */
    private SchemaDef compileAndLoad(String... sources) throws Exception {
        Path classes = tmp.resolve("compiled");
        Files.createDirectories(classes);
        List<String> args = new java.util.ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
        for (String s : sources) {
            String cls = s.replaceAll("(?s).*?(?:class|interface) (\\w+).*", "$1");
            Path f = tmp.resolve("src/p/" + cls + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "package p;\nimport dev.godwit.schema.*;\n" + s);
            args.add(f.toString());
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        try (URLClassLoader l = new URLClassLoader(new URL[] {classes.toUri().toURL()}, loader)) {
            return SchemaLoader.load(List.of("p"), tmp, l);
        }
    }

    /**
     * A holder class that sorts after the table class it holds (Schema.ACCOUNTS = new Accounts()): Accounts, met first
     * without a static instance, was constructed once more, and the load failed with "duplicate table name "accounts", also
     * declared by class p.Accounts". Classes without an instance are now constructed only when no class holds one, in their place.
     */
    @Test
    void aTableHeldByAHolderClassThatSortsAfterItIsLoadedOnce() throws Exception {
        SchemaDef schema = compileAndLoad(
                "public final class Accounts extends Table { public final Column id = integer(\"id\").primaryKey(); Accounts() { super(\"accounts\"); } }",
                "public final class Schema { public static final Accounts ACCOUNTS = new Accounts(); }",
                "public final class Loose extends Table { public final Column id = integer(\"id\"); private Loose() { super(\"loose\"); } }",
                "public final class Basics extends Table { public final Column id = integer(\"id\"); private Basics() { super(\"basics\"); } }");
        assertEquals(List.of("basics", "loose", "accounts"), schema.tableNames());
    }

    /** Beside a descriptor, a Java view's problem named the view alone ("view "report": ..."), not its class, as a Java table's does. */
    @Test
    void aJavaViewBesideADescriptorIsNamedByItsClass() throws Exception {
        Files.writeString(tmp.resolve("extra.yaml"), """
                tables:
                  - name: report
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                """);
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.viewed", "extra.yaml"), tmp, loader));
        assertEquals("Invalid schema: class dev.godwit.engine.load.fixture.viewed.Report (view \"report\"): the name is already used by table"
                + " \"report\", declared at extra.yaml line 2 (table \"report\")", e.getMessage());
        Files.writeString(tmp.resolve("extra.yaml"), """
                tables:
                  - name: coaches
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                """);
        SchemaDef schema = SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.viewed", "extra.yaml"), tmp, loader);
        assertEquals("class dev.godwit.engine.load.fixture.viewed.Report (view \"report\")", schema.sources().view("report"));
        assertEquals("extra.yaml line 2 (table \"coaches\")", schema.sources().table("coaches"));
    }

    /**
     * A descriptor next to Java classes was validated alone: its foreign key to a table declared in Java failed with
     * "references table "teams", which is not in the schema", and a table declared in both was named without either place.
     */
    @Test
    void aDescriptorBesideJavaClassesReferencesTheirTablesAndADuplicateNamesBothPlaces() throws Exception {
        Files.writeString(tmp.resolve("extra.yaml"), """
                tables:
                  - name: coaches
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: team_id, type: integer, references: {table: teams, column: id, onDelete: cascade}}
                """);
        SchemaDef schema = SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.ok", "extra.yaml"), tmp, loader);
        assertEquals(List.of("teams", "players", "coaches"), schema.tableNames());
        assertEquals("teams", schema.table("coaches").orElseThrow().foreignKeys().get(0).refTable());

        Files.writeString(tmp.resolve("twice.yaml"), """
                tables:
                  - name: Teams
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                """);
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.ok", "twice.yaml"), tmp, loader));
        assertEquals("Invalid schema: twice.yaml line 2 (table \"Teams\"): duplicate table name \"Teams\", also declared by class"
                + " dev.godwit.engine.load.fixture.ok.Teams (table \"teams\"); each table needs its own name (declare it in one place: the YAML"
                + " descriptor or the Java classes)", e.getMessage());
    }

    /**
     * A mistyped -Ddb.schema: a class name said "declares no tables", and a path (slashes) or a trailing dot failed once per
     * class with "cannot be loaded: ClassNotFoundException: dev/godwit/.../ok.Teams". Each now says what to write instead.
     */
    @Test
    void aSchemaEntryThatIsNoPackageNameSaysWhatToWrite() {
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.ok.Teams",
                "dev/godwit/engine/load/fixture/ok", "dev.godwit.engine.load.fixture.ok.", "com.acme-schema"), tmp, loader));
        assertEquals(List.of("dev.godwit.engine.load.fixture.ok.Teams in <schema> / -Ddb.schema is a class; give its package,"
                        + " dev.godwit.engine.load.fixture.ok (every table and view in it and its subpackages is loaded)",
                "\"dev/godwit/engine/load/fixture/ok\" in <schema> / -Ddb.schema is neither a Java package name (identifiers between dots:"
                        + " dev.godwit.engine.load.fixture.ok) nor a .yaml/.yml file; fix the entry",
                "\"dev.godwit.engine.load.fixture.ok.\" in <schema> / -Ddb.schema is neither a Java package name (identifiers between dots:"
                        + " dev.godwit.engine.load.fixture.ok) nor a .yaml/.yml file; fix the entry",
                "\"com.acme-schema\" in <schema> / -Ddb.schema is neither a Java package name (identifiers between dots) nor a .yaml/.yml"
                        + " file; fix the entry"), e.problems());
    }

    /** A reference lambda that returns null or throws once named only the class and the column, not the field to fix. */
    @Test
    void aReferenceLambdaThatReturnsNullOrThrowsNamesTheField() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.badref"), tmp, loader));
        assertEquals(List.of(
                "field Invoices.customerId (column \"invoices\".\"customer_id\"): the lambda of .references(() -> ...) returned null; it must"
                        + " return a column field of a table instance, e.g. () -> Users.USERS.id",
                "field Payments.invoiceId (column \"payments\".\"invoice_id\"): the lambda of .references(() -> ...) threw"
                        + " java.lang.IllegalStateException: invoices not ready; it must return a column field of a table instance, e.g."
                        + " () -> Users.USERS.id"),
                e.problems());
    }

    /** A DSL call given null failed with Java's "NullPointerException: sql", naming neither the column nor the line. */
    @Test
    void aDslCallGivenNullNamesTheColumnAndTheLineOfTheSchemaClass() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaLoader.load(List.of("dev.godwit.engine.load.fixture.nullsql"), tmp, loader));
        assertEquals(List.of("class dev.godwit.engine.load.fixture.nullsql.Tickets failed to initialise at Tickets.java:12:"
                + " java.lang.IllegalArgumentException: column opened_at: defaultSql(null) declares no default; leave it out"), e.problems());
    }
}
