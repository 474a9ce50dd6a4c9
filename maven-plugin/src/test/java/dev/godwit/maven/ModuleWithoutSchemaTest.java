package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin listed in the top-level POM's build plugins, so every module has it: the goals run where the schema's sources are. */
class ModuleWithoutSchemaTest {

    @TempDir
    Path root;

    /** The message passing the goal over in {@code project} ({@link ModuleWithoutSchema#of}'s skip), or empty. */
    private static Optional<String> passedOver(MavenProject project, List<MavenProject> reactor, List<MavenProject> all, String goal, String schema,
                                               boolean fromCommandLine, java.util.function.Supplier<Path> folder) {
        return ModuleWithoutSchema.of(project, reactor, all, goal, schema, fromCommandLine, folder).filter(ModuleWithoutSchema.Skip.class::isInstance)
                .map(ModuleWithoutSchema.Outcome::message);
    }

    /** The refusal of the goal in {@code project} ({@link ModuleWithoutSchema#of}'s refusal), or empty. */
    private static Optional<String> executionElsewhere(MavenProject project, List<MavenProject> all, String goal, String schema, boolean fromCommandLine,
                                                       Path folder) {
        return ModuleWithoutSchema.of(project, all, all, goal, schema, fromCommandLine, () -> folder).filter(ModuleWithoutSchema.Refusal.class::isInstance)
                .map(ModuleWithoutSchema.Outcome::message);
    }

    private MavenProject module(String dir, String artifactId) {
        Model model = new Model();
        model.setArtifactId(artifactId);
        Build build = new Build();
        Plugin godwit = new Plugin();
        godwit.setGroupId("dev.godwit");
        godwit.setArtifactId("godwit-maven-plugin");
        build.addPlugin(godwit);
        build.setOutputDirectory(root.resolve(dir).resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject p = new MavenProject(model);
        p.setFile(root.resolve(dir).resolve("pom.xml").toFile());
        p.addCompileSourceRoot(root.resolve(dir).resolve("src/main/java").toString());
        return p;
    }

    @Test
    void runsInTheModuleWhoseSourcesHoldThePackageOnly() throws Exception {
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("app/src/main/java/com/acme/app".replace('/', File.separatorChar)));
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        List<MavenProject> reactor = List.of(parent, schema, app);
        assertEquals(Optional.of("Skipping db:verify in shop: the schema (com.acme.schema) is in module shop-schema, which runs db:verify in this build."),
                passedOver(parent, reactor, reactor, "verify", "com.acme.schema", true, () -> null));
        assertEquals(Optional.of("Skipping db:generate in shop-app: the schema (com.acme.schema) is in module shop-schema, which runs db:generate in this build."),
                passedOver(app, reactor, reactor, "generate", "com.acme.schema", true, () -> null));
        assertEquals(Optional.empty(), passedOver(schema, reactor, reactor, "generate", "com.acme.schema", true, () -> null));
    }

    @Test
    void aModuleBuiltAloneNamesTheModuleTheGoalRunsIn() throws Exception {
        // mvn -pl lib install: a library module inheriting the plugin failed ("package com.acme.schema declares no tables or views")
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject lib = module("lib", "shop-lib");
        assertEquals(Optional.of("Skipping db:verify in shop-lib: the schema (com.acme.schema) is in module shop-schema, which this run does not build:"
                        + " db:verify runs there (mvn -pl :shop-schema ..., or from the top-level folder without -pl)."),
                passedOver(lib, List.of(lib), List.of(parent, schema, lib), "verify", "com.acme.schema", true, () -> null));
    }

    @Test
    void mavenRunInAModuleFolderNamesTheModuleHoldingTheSchema() throws Exception {
        // cd app; mvn verify: app alone in the build, its parent listing the plugin for every module; it said "Run mvn db:generate"
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("app"));
        MavenProject parent = module(".", "shop");
        parent.getModel().addModule("schema");
        parent.getModel().addModule("app");
        MavenProject app = module("app", "shop-app");
        app.setParent(parent);
        assertEquals(Optional.of("Skipping db:verify in shop-app: the schema (com.acme.schema) is in module ../schema of the top-level POM, which lists"
                        + " the plugin for every module: db:verify runs there (cd ../schema, or from the top-level folder), not in a drizzle/ of this one."),
                passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", true, () -> null));
        // listed in the parent's <pluginManagement> only (app/ lists it itself: the README's layout), the goal runs in app/
        parent.getModel().getBuild().getPlugins().clear();
        assertEquals(Optional.empty(), passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", true, () -> null));
    }

    @Test
    void aYamlSchemaRunsInTheModuleHoldingTheFile() throws Exception {
        Files.createDirectories(root.resolve("db"));
        Files.writeString(root.resolve("db/schema.yaml"), "tables: {}\n");
        MavenProject parent = module(".", "shop");
        MavenProject db = module("db", "shop-db");
        assertEquals(Optional.of("Skipping db:apply in shop: the schema (schema.yaml) is in module shop-db, which runs db:apply in this build."),
                passedOver(parent, List.of(parent, db), List.of(parent, db), "apply", "schema.yaml", true, () -> null));
        assertEquals(Optional.empty(), passedOver(db, List.of(parent, db), List.of(parent, db), "apply", "schema.yaml", true, () -> null));
    }

    @Test
    void runsAsBeforeWhereNoModuleOfTheRunHoldsTheSchema() throws Exception {
        // mvn -pl app verify: the schema's classes come from a jar of the local repository; a single module; no schema set
        MavenProject parent = module(".", "shop");
        MavenProject app = module("app", "shop-app");
        assertEquals(Optional.empty(), passedOver(app, List.of(parent, app), List.of(parent, app), "verify", "com.acme.schema", true, () -> null));
        assertEquals(Optional.empty(), passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", true, () -> null));
        assertEquals(Optional.empty(), passedOver(app, List.of(parent, app), List.of(parent, app), "status", null, true, () -> null));
    }

    private static Plugin godwit(MavenProject p) {
        return p.getBuildPlugins().get(0);
    }

    private static void execution(MavenProject p, String goal) {
        PluginExecution e = new PluginExecution();
        e.addGoal(goal);
        godwit(p).addExecution(e);
    }

    private static void skip(Plugin plugin) {
        Xpp3Dom config = new Xpp3Dom("configuration");
        Xpp3Dom skip = new Xpp3Dom("skip");
        skip.setValue("true");
        config.addChild(skip);
        plugin.setConfiguration(config);
    }

    @Test
    void aPhaseRunsTheGoalInTheModuleDeclaringItsExecutionWhereTheSchemaModuleDeclaresNone() throws Exception {
        // the plugin in the parent's <build><plugins> for its version and <schema>, the verify execution in app/ only: mvn verify
        // passed app/'s over ("is in module shop-schema, which runs db:verify in this build"), and no module checked the migrations
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        execution(app, "verify");
        List<MavenProject> reactor = List.of(parent, schema, app);
        assertEquals(Optional.empty(), passedOver(app, reactor, reactor, "verify", "com.acme.schema", false, () -> null));
        assertEquals(Optional.empty(), passedOver(app, List.of(app), reactor, "verify", "com.acme.schema", false, () -> null));
        // named on the command line (mvn db:verify), every module listing the plugin runs it: schema/ does
        assertEquals(Optional.of("Skipping db:verify in shop-app: the schema (com.acme.schema) is in module shop-schema, which runs db:verify in this build."),
                passedOver(app, reactor, reactor, "verify", "com.acme.schema", true, () -> null));
        // with its own verify execution, schema/ runs it
        execution(schema, "verify");
        assertEquals(Optional.of("Skipping db:verify in shop-app: the schema (com.acme.schema) is in module shop-schema, which runs db:verify in this build."),
                passedOver(app, reactor, reactor, "verify", "com.acme.schema", false, () -> null));
    }

    @Test
    void aSchemaModuleThatSkipsTheGoalLeavesItToTheModuleThatRunsIt() throws Exception {
        // <skip>true</skip> in the parent, <skip>false</skip> in app/: every module passed the goal over
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        skip(godwit(schema));
        List<MavenProject> reactor = List.of(schema, app);
        assertEquals(Optional.empty(), passedOver(app, reactor, reactor, "generate", "com.acme.schema", true, () -> null));
        godwit(schema).setConfiguration(null);
        schema.getProperties().setProperty("db.skip", "true");
        assertEquals(Optional.empty(), passedOver(app, reactor, reactor, "generate", "com.acme.schema", true, () -> null));
    }

    @Test
    void aModuleFolderRunsThePhasesGoalWhereTheSchemaModuleDeclaresNoExecution() throws Exception {
        // cd app; mvn verify, the verify execution in app/pom.xml only: schema/ would not run it either
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("app"));
        Files.writeString(root.resolve("schema/pom.xml"), "<project><artifactId>shop-schema</artifactId></project>");
        MavenProject parent = module(".", "shop");
        parent.getModel().addModule("schema");
        parent.getModel().addModule("app");
        MavenProject app = module("app", "shop-app");
        app.setParent(parent);
        execution(app, "verify");
        assertEquals(Optional.empty(), passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", false, () -> null));
        // schema/pom.xml declaring a verify execution of its own: it runs there
        Files.writeString(root.resolve("schema/pom.xml"), "<project><artifactId>shop-schema</artifactId><build><plugins><plugin>"
                + "<groupId>dev.godwit</groupId><artifactId>godwit-maven-plugin</artifactId><executions><execution><goals><goal>verify</goal>"
                + "</goals></execution></executions></plugin></plugins></build></project>");
        assertEquals(Optional.of("Skipping db:verify in shop-app: the schema (com.acme.schema) is in module ../schema of the top-level POM, which lists"
                        + " the plugin for every module: db:verify runs there (cd ../schema, or from the top-level folder), not in a drizzle/ of this one."),
                passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", false, () -> null));
    }

    private void configure(MavenProject p, String schema) {
        Xpp3Dom config = new Xpp3Dom("configuration");
        Xpp3Dom child = new Xpp3Dom("schema");
        child.setValue(schema);
        config.addChild(child);
        godwit(p).setConfiguration(config);
    }

    @Test
    void theModuleKeepingTheSchemasMigrationsRunsTheGoalWhereTheSchemaModuleKeepsNone() throws Exception {
        // before the goals ran where the schema is, cd app; mvn db:generate was how this layout ran: app/drizzle is the history.
        // mvn verify passed app/ over and schema/ said to run db:generate, a second history; cd app; mvn db:generate was passed over
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("app/drizzle/meta"));
        Files.writeString(root.resolve("app/drizzle/meta/_journal.json"), "{}");
        Files.writeString(root.resolve("app/drizzle/0000_init.sql"), "CREATE TABLE t (id integer);");
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        for (MavenProject p : List.of(parent, schema, app)) configure(p, "com.acme.schema");
        schema.setParent(parent);
        app.setParent(parent);
        List<MavenProject> reactor = List.of(parent, schema, app);
        Path appFolder = root.resolve("app/drizzle");
        Path schemaFolder = root.resolve("schema/drizzle");
        assertEquals(Optional.empty(), passedOver(app, reactor, reactor, "verify", "com.acme.schema", true, () -> appFolder));
        assertEquals(Optional.empty(), passedOver(app, List.of(app), List.of(app), "generate", "com.acme.schema", true, () -> appFolder));
        assertEquals(Optional.of("Skipping db:verify in shop-schema: the schema's migrations are in module shop-app (app/drizzle), not in schema/drizzle"
                        + " of this one; db:verify runs there in this build."),
                passedOver(schema, reactor, reactor, "verify", "com.acme.schema", true, () -> schemaFolder));
        assertEquals(Optional.of("Skipping db:generate in shop-schema: the schema's migrations are in module shop-app (app/drizzle), not in schema/drizzle"
                        + " of this one; this run does not build shop-app: db:generate runs there (mvn -pl :shop-app ...)."),
                passedOver(schema, List.of(schema), reactor, "generate", "com.acme.schema", true, () -> schemaFolder));
        // the parent POM, holding neither, names where it runs; with migrations of its own, the schema's module runs it
        assertEquals(Optional.of("Skipping db:verify in shop: the schema's migrations are in module shop-app (app/drizzle), not in drizzle of this one;"
                        + " db:verify runs there in this build."),
                passedOver(parent, reactor, reactor, "verify", "com.acme.schema", true, () -> root.resolve("drizzle")));
        Files.createDirectories(schemaFolder.resolve("meta"));
        Files.writeString(schemaFolder.resolve("meta/_journal.json"), "{}");
        assertEquals(Optional.empty(), passedOver(schema, reactor, reactor, "verify", "com.acme.schema", true, () -> schemaFolder));
    }

    @Test
    void oneFolderEveryModuleInheritsIsTheSchemaModules() throws Exception {
        // <out>${maven.multiModuleProjectDirectory}/drizzle</out> in the top-level POM: every module's folder holds the migrations,
        // and the goal still runs in schema/ only (the parent POM, run, fails on "declares no tables or views")
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Path shared = root.resolve("drizzle");
        Files.createDirectories(shared.resolve("meta"));
        Files.writeString(shared.resolve("meta/_journal.json"), "{}");
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        for (MavenProject p : List.of(parent, schema, app)) {
            configure(p, "com.acme.schema");
            Xpp3Dom out = new Xpp3Dom("out");
            out.setValue(shared.toString());
            ((Xpp3Dom) godwit(p).getConfiguration()).addChild(out);
        }
        List<MavenProject> reactor = List.of(parent, schema, app);
        assertEquals(Optional.of("Skipping db:verify in shop: the schema (com.acme.schema) is in module shop-schema, which runs db:verify in this build."),
                passedOver(parent, reactor, reactor, "verify", "com.acme.schema", true, () -> shared));
        assertEquals(Optional.of("Skipping db:verify in shop-app: the schema (com.acme.schema) is in module shop-schema, which runs db:verify in this build."),
                passedOver(app, reactor, reactor, "verify", "com.acme.schema", true, () -> shared));
        assertEquals(Optional.empty(), passedOver(schema, reactor, reactor, "verify", "com.acme.schema", true, () -> shared));
    }

    @Test
    void aPhasesGoalDeclaredOutsideTheSchemasModuleIsRefusedWhereThatModuleKeepsTheMigrations() throws Exception {
        // the verify execution in app/pom.xml, the plugin in the top-level POM: mvn db:generate wrote schema/drizzle, app's verify
        // read app/drizzle and said to run db:generate, which wrote schema/drizzle again
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("schema/drizzle/meta"));
        Files.writeString(root.resolve("schema/drizzle/meta/_journal.json"), "{}");
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        for (MavenProject p : List.of(parent, schema, app)) configure(p, "com.acme.schema");
        schema.setParent(parent);
        app.setParent(parent);
        execution(app, "verify");
        List<MavenProject> reactor = List.of(parent, schema, app);
        Path appFolder = root.resolve("app/drizzle");
        assertEquals(Optional.empty(), passedOver(app, reactor, reactor, "verify", "com.acme.schema", false, () -> appFolder));
        assertEquals(Optional.of("db:verify runs in shop-app, whose sources and app/drizzle hold neither the schema (com.acme.schema) nor its migrations:"
                        + " they are in module shop-schema (schema/drizzle, where db:generate writes them), which declares no execution of db:verify."
                        + " Declare the <execution> of verify on the plugin in the top-level POM (every module inherits it; it runs in shop-schema) or in"
                        + " shop-schema's pom.xml, instead of in shop-app's. Nothing was checked."),
                executionElsewhere(app, reactor, "verify", "com.acme.schema", false, appFolder));
        // named on the command line, or with migrations of its own in app/drizzle, or schema/ declaring the execution: no refusal
        assertEquals(Optional.empty(), executionElsewhere(app, reactor, "verify", "com.acme.schema", true, appFolder));
        execution(schema, "verify");
        assertEquals(Optional.empty(), executionElsewhere(app, reactor, "verify", "com.acme.schema", false, appFolder));
        godwit(schema).getExecutions().clear();
        Files.createDirectories(appFolder.resolve("meta"));
        Files.writeString(appFolder.resolve("meta/_journal.json"), "{}");
        assertEquals(Optional.empty(), executionElsewhere(app, reactor, "verify", "com.acme.schema", false, appFolder));
    }

    @Test
    void anExecutionDisabledWithPhaseNoneRunsNothing() throws Exception {
        // schema/pom.xml turning the inherited verify execution off the Maven way (<phase>none</phase>): app/ passed its verify over
        // ("is in module shop-schema, which runs db:verify in this build"), nothing checked the migrations, and the build succeeded
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("schema/drizzle/meta"));
        Files.writeString(root.resolve("schema/drizzle/meta/_journal.json"), "{}");
        MavenProject parent = module(".", "shop");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        for (MavenProject p : List.of(parent, schema, app)) configure(p, "com.acme.schema");
        execution(parent, "verify");
        execution(app, "verify");
        execution(schema, "verify");
        godwit(schema).getExecutions().get(0).setPhase("none");
        schema.setParent(parent);
        app.setParent(parent);
        List<MavenProject> reactor = List.of(parent, schema, app);
        Path appFolder = root.resolve("app/drizzle");
        assertEquals(Optional.empty(), passedOver(app, reactor, reactor, "verify", "com.acme.schema", false, () -> appFolder));
        assertEquals(Optional.of("db:verify runs in shop-app, whose sources and app/drizzle hold neither the schema (com.acme.schema) nor its migrations:"
                        + " they are in module shop-schema (schema/drizzle, where db:generate writes them), which turns its execution of db:verify off"
                        + " (<phase>none</phase>). Declare the <execution> of verify on the plugin in the top-level POM (every module inherits it; it runs"
                        + " in shop-schema) or in shop-schema's pom.xml, instead of in shop-app's. Nothing was checked."),
                executionElsewhere(app, reactor, "verify", "com.acme.schema", false, appFolder));
    }

    @Test
    void aSiblingOfTheBuildIsJudgedAsMavenReadsItNotFromItsPomXml() throws Exception {
        // <skip>${godwit.skip}</skip> in the parent, true there and false in app/: schema/ skips, but its pom.xml read as written
        // said it runs, so app/ passed its verify over naming ../schema, and mvn verify succeeded with nothing checked
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("app"));
        Files.writeString(root.resolve("schema/pom.xml"), "<project><artifactId>shop-schema</artifactId></project>");
        MavenProject parent = module(".", "shop");
        parent.getModel().addModule("schema");
        parent.getModel().addModule("app");
        execution(parent, "verify");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        schema.setParent(parent);
        app.setParent(parent);
        execution(schema, "verify");
        execution(app, "verify");
        skip(godwit(schema));
        List<MavenProject> reactor = List.of(parent, schema, app);
        assertEquals(Optional.empty(), passedOver(app, reactor, reactor, "verify", "com.acme.schema", false, () -> null));
        // cd app: schema/pom.xml as written, its ${...} read from its properties and the parent's
        parent.getProperties().setProperty("godwit.skip", "true");
        Files.writeString(root.resolve("schema/pom.xml"), "<project><artifactId>shop-schema</artifactId><build><plugins><plugin>"
                + "<groupId>dev.godwit</groupId><artifactId>godwit-maven-plugin</artifactId><configuration><skip>${godwit.skip}</skip>"
                + "</configuration></plugin></plugins></build></project>");
        assertEquals(Optional.empty(), passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", false, () -> null));
        // and an execution schema/pom.xml turns off with <phase>none</phase>
        Files.writeString(root.resolve("schema/pom.xml"), "<project><artifactId>shop-schema</artifactId><build><plugins><plugin>"
                + "<groupId>dev.godwit</groupId><artifactId>godwit-maven-plugin</artifactId><executions><execution><id>default</id>"
                + "<phase>none</phase></execution></executions></plugin></plugins></build></project>");
        godwit(parent).getExecutions().get(0).setId("default");
        assertEquals(Optional.empty(), passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", false, () -> null));
    }

    @Test
    void aYamlFileNamedByAnAbsolutePathIsTheModulesNearestAboveIt() throws Exception {
        // <schema>${maven.multiModuleProjectDirectory}/schema/src/main/db/schema.yaml</schema> inherited by every module: each took
        // the file for its own, and mvn db:generate wrote drizzle/, schema/drizzle, app/drizzle and lib/drizzle, four histories
        Path yaml = root.resolve("schema/src/main/db/schema.yaml".replace('/', File.separatorChar));
        Files.createDirectories(yaml.getParent());
        Files.writeString(yaml, "tables: []\n");
        Files.createDirectories(root.resolve("app"));
        MavenProject parent = module(".", "shop");
        parent.getModel().addModule("schema");
        parent.getModel().addModule("app");
        MavenProject schema = module("schema", "shop-schema");
        MavenProject app = module("app", "shop-app");
        List<MavenProject> reactor = List.of(parent, schema, app);
        String entry = yaml.toAbsolutePath().toString();
        assertEquals(Optional.of("Skipping db:generate in shop: the schema (" + entry + ") is in module shop-schema, which runs db:generate in this build."),
                passedOver(parent, reactor, reactor, "generate", entry, true, () -> root.resolve("drizzle")));
        assertEquals(Optional.empty(), passedOver(schema, reactor, reactor, "generate", entry, true, () -> root.resolve("schema/drizzle")));
        assertEquals(Optional.of("Skipping db:generate in shop-app: the schema (" + entry + ") is in module shop-schema, which runs db:generate in this build."),
                passedOver(app, reactor, reactor, "generate", entry, true, () -> root.resolve("app/drizzle")));
        // or named from each module as ../schema/...: app/ found the file too
        assertEquals(Optional.of("Skipping db:generate in shop-app: the schema (../schema/src/main/db/schema.yaml) is in module shop-schema, which runs"
                        + " db:generate in this build."),
                passedOver(app, reactor, reactor, "generate", "../schema/src/main/db/schema.yaml", true, () -> root.resolve("app/drizzle")));
        // a file at the top, in no module's folder but the top-level POM's: the goal runs there
        Path top = root.resolve("schema.yaml");
        Files.writeString(top, "tables: []\n");
        String atTop = top.toAbsolutePath().toString();
        assertEquals(Optional.empty(), passedOver(parent, reactor, reactor, "generate", atTop, true, () -> root.resolve("drizzle")));
        assertEquals(Optional.of("Skipping db:generate in shop-app: the schema (" + atTop + ") is in module shop, which runs db:generate in this build."),
                passedOver(app, reactor, reactor, "generate", atTop, true, () -> root.resolve("app/drizzle")));
    }

    @Test
    void mavenRunInAModuleTwoDeepNamesTheSiblingHoldingTheSchema() throws Exception {
        // cd services/app; mvn verify, the plugin listed in the top-level POM, services/pom.xml between: app said "Run mvn
        // db:generate", which began a second history in services/app/drizzle
        Files.createDirectories(root.resolve("services/schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("services/app"));
        MavenProject top = module(".", "shop");
        top.getModel().addModule("services");
        MavenProject services = module("services", "shop-services");
        services.getModel().getBuild().getPlugins().clear();
        services.getModel().addModule("schema");
        services.getModel().addModule("app");
        services.setParent(top);
        MavenProject app = module("services/app", "shop-app");
        app.setParent(services);
        assertEquals(Optional.of("Skipping db:verify in shop-app: the schema (com.acme.schema) is in module ../schema of the top-level POM, which lists"
                        + " the plugin for every module: db:verify runs there (cd ../schema, or from the top-level folder), not in a drizzle/ of this one."),
                passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", true, () -> null));
    }

    @Test
    void mavenRunInAModuleFolderFindsTheSiblingListedAsASubprojectOfAMaven4Pom() throws Exception {
        // Maven 4, a 4.1.0 top-level POM listing <subprojects> (<modules> renamed): cd app; mvn verify failed ("package com.acme.schema
        // declares no tables or views") and db:generate began a second history in app/drizzle. Maven 4's MavenProject.getModules()
        // answers the subprojects; the POM's model as written (getModules() of Maven 3's model API) has none.
        Files.createDirectories(root.resolve("schema/src/main/java/com/acme/schema".replace('/', File.separatorChar)));
        Files.createDirectories(root.resolve("app"));
        MavenProject parent = new MavenProject(module(".", "shop").getModel()) {
            @Override
            public List<String> getModules() {
                return List.of("schema", "app");
            }
        };
        parent.setFile(root.resolve("pom.xml").toFile());
        MavenProject app = module("app", "shop-app");
        app.setParent(parent);
        assertEquals(Optional.of("Skipping db:verify in shop-app: the schema (com.acme.schema) is in module ../schema of the top-level POM, which lists"
                        + " the plugin for every module: db:verify runs there (cd ../schema, or from the top-level folder), not in a drizzle/ of this one."),
                passedOver(app, List.of(app), List.of(app), "verify", "com.acme.schema", true, () -> null));
    }
}
