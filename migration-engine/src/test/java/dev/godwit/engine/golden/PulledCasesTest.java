package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.diff.RenameResolver;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.load.SchemaLoader;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.pull.PullException;
import dev.godwit.engine.pull.Puller;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * db:pull over every oracle case and drizzle-kit folder: the database Godwit's migrations build for the case (every step
 * generated, then applied) is pulled into Java classes and a baseline, the classes are compiled and loaded as db:generate
 * loads a schema, and then db:generate against the pulled baseline finds nothing, the pulled schema is the case's last
 * one as far as a database can say it (see {@link #whatADatabaseSays}), and the baseline makes a new database (CI, another
 * environment) with the very tables, columns in their order, the migrations made. The YAML pull of the same cases
 * is PulledCasesYamlTest. No case is skipped: what pull only warns about (STRICT, WITHOUT ROWID, a view's column list) is nothing a
 * schema can declare, so no database Godwit built has it. All cases' classes are compiled in one javac call (about 3 s of
 * CPU; one call per case took minutes on two cores); the whole test takes about 15 s of CPU.
 */
class PulledCasesTest {

    @TempDir
    static Path dir;

    /** What each case pulled: its package, or why there is nothing to compare. */
    record Pulled(SchemaDef last, String javaPackage, Path folder, String pullFailure, List<String> warnings, SchemaDef built, SchemaDef fresh) {
    }

    static final Map<String, Pulled> PULLED = new TreeMap<>();
    /** javac's errors and warnings, by package. */
    static final Map<String, List<String>> DIAGNOSTICS = new TreeMap<>();
    static URLClassLoader classes;

    /** The oracle cases, and drizzle-kit's own folders (their snapshots as the steps) as {@code drizzle-kit/<name>}. */
    static Stream<String> cases() throws IOException {
        return Stream.concat(GoldenCasesTest.oracleCases(), GoldenCasesTest.drizzleKitFolders().map(n -> DRIZZLE_KIT + n));
    }

    static final String DRIZZLE_KIT = "drizzle-kit/";

    @BeforeAll
    static void pullEveryCaseAndCompile() throws Exception {
        Path src = dir.resolve("src");
        List<String> names = cases().toList();
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            Path work = dir.resolve("case" + n);
            MigrationsFolder migrations = MigrationsFolder.at(work.resolve("drizzle"));
            SchemaDef last = generateStepByStep(name, migrations);
            if (last == null) {
                PULLED.put(name, new Pulled(null, null, null, null, List.of(), null, null));
                continue;
            }
            String pkg = "pulled.case" + n;
            MigrationsFolder folder = MigrationsFolder.at(work.resolve("pulled"));
            RecordingLog log = new RecordingLog();
            String failure = null;
            SchemaDef built = null;
            SchemaDef fresh = null;
            // in memory: the same database as a file, without a file's syncs (the suite runs on two cores)
            try (SqliteDatabase db = SqliteDatabase.inMemoryStandingFor(work.resolve("app.sqlite"), true)) {
                new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(migrations.migrations(), ApplyOptions.defaults());
                new Puller(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), log).pull(src, pkg, folder, false);
                built = Introspector.introspect(db);
                // the baseline is what a new database (CI, another environment) is made from
                try (SqliteDatabase other = SqliteDatabase.inMemoryStandingFor(work.resolve("new.sqlite"), true)) {
                    new Migrator(other, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
                    fresh = Introspector.introspect(other);
                }
            } catch (PullException e) {
                failure = e.getMessage();
            }
            // the history of the case's own folder is there, so pull names it; the rest is what the schema could not say
            List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN") && !l.contains(" recorded in __drizzle_migrations that "))
                    .toList();
            PULLED.put(name, new Pulled(last, pkg, folder.dir(), failure, warnings, built, fresh));
        }
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        compile(src, out);
        classes = new URLClassLoader(new URL[] {out.toUri().toURL()}, PulledCasesTest.class.getClassLoader());
    }

    @AfterAll
    static void closeLoader() throws IOException {
        if (classes != null) classes.close();
    }

    /**
     * The case's migrations, generated step by step into {@code folder} as db:generate writes them (GoldenCasesTest's folder,
     * generated once per test JVM: GeneratedCases); the last schema they reach, null if db:generate refuses the first step.
     */
    static SchemaDef generateStepByStep(String name, MigrationsFolder folder) throws IOException {
        return GeneratedCases.into(name, folder).last();
    }

    static void compile(Path src, Path out) throws IOException {
        List<File> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (var fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            javac.getTask(null, fm, diagnostics, List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-encoding", "UTF-8", "-Xlint:all", "-proc:none", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000"),
                    null, fm.getJavaFileObjectsFromFiles(files)).call();
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String file = d.getSource() == null ? "" : src.relativize(Path.of(d.getSource().toUri())).toString();
            String pkg = file.contains(File.separator) ? file.substring(0, file.lastIndexOf(File.separatorChar)).replace(File.separatorChar, '.') : "";
            DIAGNOSTICS.computeIfAbsent(pkg, k -> new ArrayList<>()).add(d.getKind() + " " + file + ":" + d.getLineNumber() + ": "
                    + d.getMessage(java.util.Locale.ROOT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pulledClassesGenerateNothingAndSayTheLastSchema(String name) throws IOException {
        Pulled pulled = PULLED.get(name);
        Assumptions.assumeTrue(pulled.last() != null, name + ": db:generate refuses the first step, so there is no database to pull");
        assertNull(pulled.pullFailure(), name + ": db:pull refused the database Godwit's migrations built");
        assertEquals(List.of(), pulled.warnings(), name + ": db:pull warned about what the schema cannot say");
        assertEquals(List.of(), DIAGNOSTICS.getOrDefault(pulled.javaPackage(), List.of()), name + ": the pulled classes compile cleanly");

        SchemaDef fromCode = SchemaLoader.load(List.of(pulled.javaPackage()), dir, classes);
        GenerateResult again = new Generator().generate(fromCode, MigrationsFolder.at(pulled.folder()), GenerateOptions.batch());
        assertFalse(again.written(), () -> name + ": db:generate after db:pull wrote a migration:\n" + again.sql());

        SchemaDef expected = whatADatabaseSays(pulled.last(), fromCode);
        List<String> changes = SchemaDiffer.diff(expected, fromCode, RenameResolver.NO_RENAMES).changes().stream().map(Change::describe).toList();
        assertEquals(List.of(), changes, name + ": the pulled schema differs from the case's last one");
        assertEquals(sorted(expected), sorted(fromCode), name + ": the pulled schema is the case's last one");

        List<String> fresh = SchemaDiffer.diff(pulled.built(), pulled.fresh(), RenameResolver.NO_RENAMES).changes().stream().map(Change::describe).toList();
        assertEquals(List.of(), fresh, name + ": the pulled baseline makes another database than the migrations made");
        assertEquals(byName(pulled.built()), byName(pulled.fresh()), name + ": the pulled baseline makes the database the migrations made, columns in their order");
    }

    /**
     * The schema without what lives only in the source: a column's mode and enum values, what was renamed from what, the names
     * of foreign keys and of a composite primary key (drizzle-kit's SQL writes no CONSTRAINT name for them), and how a default
     * is spelled when {@code pulled}'s gives every row the same value ({@link DefaultValue#sameValue}: {@code defaultSql("-5")}
     * and {@code defaultValue(-5)} both write {@code DEFAULT -5}).
     */
    static SchemaDef whatADatabaseSays(SchemaDef schema, SchemaDef pulled) {
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            TableDef other = pulled.table(t.name()).orElse(null);
            List<ColumnDef> columns = new ArrayList<>();
            for (ColumnDef c : t.columns()) {
                DefaultValue d = c.defaultValue();
                ColumnDef theirs = other == null ? null : other.column(c.name()).orElse(null);
                if (theirs != null && DefaultValue.sameValue(d, theirs.defaultValue())) d = theirs.defaultValue();
                columns.add(new ColumnDef(c.name(), c.type(), c.primaryKey(), c.notNull(), c.autoincrement(), d, c.generated(), null, List.of(), null));
            }
            PrimaryKeyDef pk = t.primaryKey() == null ? null
                    : new PrimaryKeyDef(PrimaryKeyDef.defaultName(t.name(), t.primaryKey().columns()), t.primaryKey().columns());
            List<ForeignKeyDef> fks = t.foreignKeys().stream().map(fk -> new ForeignKeyDef(
                    ForeignKeyDef.defaultName(t.name(), fk.columns(), fk.refTable(), fk.refColumns()), fk.table(), fk.columns(), fk.refTable(),
                    fk.refColumns(), fk.onDelete(), fk.onUpdate())).toList();
            tables.add(new TableDef(t.name(), columns, pk, t.indexes(), fks, t.checks(), null));
        }
        List<ViewDef> views = schema.views().stream().map(v -> new ViewDef(v.name(), v.definition(), v.existing(), null)).toList();
        // an index key "n" ASC is the column n to SQLite, and the pulled class declares it so (.on(n))
        return dev.godwit.engine.pull.JavaSchemaWriter.plainAscendingKeys(new SchemaDef(tables, views));
    }

    /** Tables and views by name (a baseline creates them in the schema's order, not in the order they came), columns as they stand. */
    static Map<String, Object> byName(SchemaDef schema) {
        Map<String, Object> out = new TreeMap<>();
        // "n" ASC as the column n, as the pulled class and so its baseline write it: the same index to SQLite
        schema = dev.godwit.engine.pull.JavaSchemaWriter.plainAscendingKeys(schema);
        // foreign keys by name: the baseline lists them as the pulled classes give them back (each single-column key on its
        // column), which may be another order than the migrations' CREATE TABLE; the order means nothing to SQLite
        for (TableDef t : schema.tables()) out.put("table " + t.name(), t.withForeignKeys(t.foreignKeys().stream()
                .sorted(Comparator.comparing(ForeignKeyDef::name)).toList()));
        for (ViewDef v : schema.views()) out.put("view " + v.name(), v);
        return out;
    }

    /**
     * Tables and views by name, and a table's columns, indexes, foreign keys and checks by name: the order pull gives them is
     * SQLite's, where ADD COLUMN puts a column declared in the middle at the end (until a rebuild puts it in its place).
     */
    static Map<String, Object> sorted(SchemaDef schema) {
        Map<String, Object> out = new TreeMap<>();
        for (TableDef t : schema.tables()) {
            out.put("table " + t.name(), t.withColumns(t.columns().stream().sorted(Comparator.comparing(ColumnDef::name)).toList())
                    .withChecks(t.checks().stream().sorted(Comparator.comparing(CheckDef::name)).toList()).withIndexes(t.indexes().stream().sorted(Comparator.comparing(IndexDef::name)).toList())
                    .withForeignKeys(t.foreignKeys().stream().sorted(Comparator.comparing(ForeignKeyDef::name)).toList()));
        }
        for (ViewDef v : schema.views()) out.put("view " + v.name(), v);
        return out;
    }
}
