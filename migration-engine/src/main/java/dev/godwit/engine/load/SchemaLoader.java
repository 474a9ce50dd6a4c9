package dev.godwit.engine.load;

import dev.godwit.engine.Background;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.SchemaCollector;
import dev.godwit.schema.Table;
import dev.godwit.schema.View;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads the schema from its sources: Java packages (every table and view declared in them or their
 * subpackages, found on the given class loader) and YAML descriptor files. Classes are visited in
 * name order and fields in declaration order, so the same code always gives the same schema.
 */
public final class SchemaLoader {

    private SchemaLoader() {
    }

    public static boolean isYaml(String source) {
        String s = source.toLowerCase(java.util.Locale.ROOT);
        return s.endsWith(".yaml") || s.endsWith(".yml");
    }

    /**
     * A descriptor not where its relative path leads. In a multi-module build the path is often written from the top-level
     * folder or from the schema module's own, while the goal reads it from the module that runs it: name the file found so
     * further up (in a folder of the build, one holding a pom.xml, or a module of it) and the entry that reaches it.
     */
    private static String missingYaml(String source, Path baseDir, Path file) {
        Path relative = Path.of(source);
        Path base = baseDir.toAbsolutePath().normalize();
        if (!relative.isAbsolute()) {
            for (Path up = base.getParent(); up != null && Files.isRegularFile(up.resolve("pom.xml")); up = up.getParent()) {
                List<Path> candidates = new ArrayList<>(List.of(up.resolve(relative)));
                try (var modules = Files.list(up)) {
                    modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml"))).sorted().forEach(m -> candidates.add(m.resolve(relative)));
                } catch (IOException e) {
                    // an unreadable folder: only the path from it is tried
                }
                for (Path found : candidates) {
                    found = found.normalize();
                    if (!Files.isRegularFile(found)) continue;
                    String entry = "${project.basedir}/" + base.relativize(found).toString().replace('\\', '/');
                    return "schema file " + source + " does not exist (looked at " + file + ": a relative path is read from the folder of the"
                            + " module the goal runs in, " + base + "). " + found + " is there: in a multi-module build name it from the module,"
                            + " as " + entry + " in <schema> / -Ddb.schema";
                }
            }
        }
        return "schema file " + source + " does not exist (looked at " + file + "); fix the path in <schema> / -Ddb.schema";
    }

    /**
     * @param sources Java package names and/or YAML file paths (relative to {@code baseDir})
     * @param loader  sees the schema module's compiled classes
     */
    public static SchemaDef load(List<String> sources, Path baseDir, ClassLoader loader) {
        return load(sources, baseDir, loader, false);
    }

    /**
     * @param defineAhead define the classes on a second thread while this one initialises them (see {@link Definer}): about
     *                    a fifth faster when the caller has a core to spare (db:generate), slower when the caller's other
     *                    work needs it (db:verify's replay)
     */
    public static SchemaDef load(List<String> sources, Path baseDir, ClassLoader loader, boolean defineAhead) {
        List<Object> declarations = new ArrayList<>();
        List<Path> yamlFiles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean missingYamlOnly = true;   // no problem but a descriptor not found: the classes are still read whole
        if (loader instanceof SchemaClassLoader checking) checking.checkExitCallsIn(sources.stream().filter(s -> !isYaml(s)).toList());
        for (String source : sources) {
            if (isYaml(source)) {
                Path file = baseDir.resolve(source).normalize();
                if (!Files.isRegularFile(file)) {
                    problems.add(missingYaml(source, baseDir, file));
                } else {
                    yamlFiles.add(file);
                }
            } else if (!JAVA_PACKAGE.matcher(source).matches()) {
                missingYamlOnly = false;
                String dotted = source.replace('/', '.').replace('\\', '.').replaceAll("^\\.+|\\.+$", "").replaceAll("\\.{2,}", ".");
                problems.add("\"" + source + "\" in <schema> / -Ddb.schema is neither a Java package name (identifiers between dots"
                        + (JAVA_PACKAGE.matcher(dotted).matches() ? ": " + dotted : "") + ") nor a .yaml/.yml file; fix the entry");
            } else {
                int before = problems.size();
                try {
                    List<Object> found = declarationsIn(source, loader, defineAhead);
                    if (found.isEmpty() && isClass(source, loader)) {
                        problems.add(source + " in <schema> / -Ddb.schema is a class; give its package, " + source.substring(0, source.lastIndexOf('.'))
                                + " (every table and view in it and its subpackages is loaded)");
                    } else if (found.isEmpty()) {
                        List<String> near = NearPackage.of(source, loader);   // a typo: say which package was meant
                        problems.add("package " + source + " declares no tables or views (looked for classes extending dev.godwit.schema.Table"
                                + " or View, in it and its subpackages, among the project's compiled classes); "
                                + (near.isEmpty() ? "" : "did you mean " + String.join(" or ", near) + " (compiled classes are there)? Else ")
                                + "check the package name in <schema> / -Ddb.schema, and that the classes are compiled (mvn compile)");
                    }
                    declarations.addAll(found);
                } catch (SchemaException e) {
                    problems.addAll(e.problems());
                }
                if (problems.size() > before) missingYamlOnly = false;
            }
        }
        requireNoRefusals(loader);   // a refused class also fails the classes that use it: the refusal is what to fix
        SchemaDef fromJava = SchemaDef.EMPTY;
        SchemaDef javaWhole = null;   // where there are problems: the part of the classes read whole
        // a class that failed (or a package entry that read none) leaves the others' references to its tables unresolved: collected,
        // they would be said to reference tables not in the schema
        if (missingYamlOnly && !declarations.isEmpty()) {
            try {
                fromJava = SchemaCollector.collect(declarations);
                javaWhole = fromJava;
            } catch (SchemaException e) {
                problems.addAll(e.problems());
                javaWhole = e.whole();
            } catch (Error e) {
                requireNoRefusals(loader);   // e.g. a references(() -> ...) lambda that loads a refused class
                // Schema code runs here too (e.g. a references(() -> ...) lambda): its Error must not take Maven down.
                problems.add("reading the declared tables failed: " + e + " (thrown by code of the schema classes, e.g. a"
                        + " references(() -> ...) lambda or a field initializer)");
            }
        }
        if (!problems.isEmpty()) {
            SchemaException unread = new SchemaException(problems, javaWhole);
            // the descriptors are read all the same, so that their problems are said in this run too (by file and line, before the
            // classes')
            throw yamlFiles.isEmpty() ? unread : YamlSchemaReader.readBeside(yamlFiles, unread);
        }
        if (yamlFiles.isEmpty()) return fromJava;
        // Validated with the Java tables and views (their classes in fromJava.sources()): a descriptor's foreign key may reference
        // one, and a name declared twice is named in both places.
        return YamlSchemaReader.read(yamlFiles, fromJava);
    }

    /**
     * " at Users.java:14", the line of the schema class (or a class nested in it) the exception came from, or "": the
     * exception's own message ("sql", "Input length = 1") often does not say which declaration to fix.
     */
    static String lineIn(Throwable e, String className) {
        return lineIn(e, className, null);
    }

    /**
     * {@link #lineIn(Throwable, String)}, preferring the first frame of any class of the schema's package {@code pkg}: a Books
     * constructor that reads Authors' instance while Authors initialises throws in Books.java, called from Authors.java, whose line
     * was named.
     */
    static String lineIn(Throwable e, String className, String pkg) {
        if (pkg != null) {
            for (StackTraceElement f : e.getStackTrace()) {
                if (f.getClassName().startsWith(pkg + ".") && f.getFileName() != null && f.getLineNumber() > 0) {
                    return " at " + f.getFileName() + ":" + f.getLineNumber();
                }
            }
        }
        for (StackTraceElement f : e.getStackTrace()) {
            if ((f.getClassName().equals(className) || f.getClassName().startsWith(className + "$")) && f.getFileName() != null && f.getLineNumber() > 0) {
                return " at " + f.getFileName() + ":" + f.getLineNumber();
            }
        }
        return "";
    }

    /** Java's helpful message for a null static field read: {@code Cannot read field "id" because "a.b.Authors.AUTHORS" is null}. */
    private static final java.util.regex.Pattern NULL_STATIC_FIELD = java.util.regex.Pattern.compile(
            "Cannot (?:read field|invoke) .* because \"((?:[\\w$]+\\.)*([\\w$]+)\\.([\\w$]+))\" is null");

    /**
     * What to do where the exception is a static field read while still null: the usual cause is declaration order or two classes
     * whose instances read each other's while constructing, which the JVM's words do not say.
     */
    static String readTooEarly(Throwable cause) {
        if (!(cause instanceof NullPointerException) || cause.getMessage() == null) return "";
        java.util.regex.Matcher m = NULL_STATIC_FIELD.matcher(cause.getMessage());
        if (!m.find() || !Character.isUpperCase(m.group(2).charAt(0))) return "";
        String field = m.group(2) + "." + m.group(3);
        return " (" + field + " was read before it was assigned: static fields are assigned in the order they are declared, and two"
                + " classes whose instances read each other's while they are constructed see one of them still null; declare "
                + field + " above the field that reads it, or read it inside a lambda, as references(() -> " + field + ".id) does)";
    }

    private static final java.util.regex.Pattern JAVA_PACKAGE = java.util.regex.Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    /** A class of that name, and no package: com.acme.schema.Users given for com.acme.schema. */
    private static boolean isClass(String name, ClassLoader loader) {
        String path = name.replace('.', '/');
        return name.contains(".") && loader.getResource(path + ".class") != null && loader.getResource(path + "/") == null;
    }

    /** The table and view instances declared by the classes of a package and its subpackages. */
    static List<Object> declarationsIn(String pkg, ClassLoader loader, boolean defineAhead) {
        List<Object> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> classNames = classNames(pkg, loader);
        if (!(loader instanceof SchemaClassLoader)) {
            // A SchemaClassLoader checks each class of the schema's packages as it defines it, whoever loads it; any other loader, all first.
            Map<String, String> exits = new TreeMap<>();
            for (String className : classNames) {
                String exit = exitCall(className, loader);
                if (exit != null) exits.put(className, exit);
            }
            if (!exits.isEmpty()) throw exitProblems(exits);
        }
        ExitWatch watch = ExitWatch.install();
        AtomicBoolean stop = new AtomicBoolean();
        List<Map.Entry<Integer, Class<?>>> withoutInstance = new ArrayList<>();   // (place in out, class)
        Background<Void> definer = defineAhead ? Background.start("godwit-schema-definer", () -> defineBackwards(classNames, loader, stop)) : null;
        try {
            for (String className : classNames) {
                watch.loading(className);
                if (!declaresTablesOrViews(className, loader)) continue;   // a helper beside the tables: its code is not run
                Class<?> c;
                try {
                    c = Class.forName(className, true, loader);
                } catch (ExceptionInInitializerError e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    problems.add("class " + className + " failed to initialise" + lineIn(cause, className, pkg) + ": " + cause + readTooEarly(cause));
                    continue;
                } catch (ClassNotFoundException | LinkageError e) {
                    // "Could not initialize class Books": its initialisation failed inside another class's, named above already
                    if (e instanceof NoClassDefFoundError && String.valueOf(e.getMessage()).startsWith("Could not initialize class")
                            && !problems.isEmpty()) continue;
                    problems.add(e instanceof UnsupportedClassVersionError ? NewerClassFile.problem(className, loader)
                            : "class " + className + " cannot be loaded: " + e);
                    continue;
                } catch (Throwable e) {
                    // An Error thrown by a static initializer is not wrapped in ExceptionInInitializerError: it must not take Maven down.
                    problems.add("class " + className + " failed to initialise" + lineIn(e, className) + ": " + e);
                    continue;
                }
                if (!collectStaticInstances(c, out, problems)) withoutInstance.add(Map.entry(out.size(), c));
            }
            // Only now that every class's static fields are read: a table instance may live in a holder class named after it.
            // Constructed ones go where their class came in name order (from the last, so the earlier places stay put).
            for (int i = withoutInstance.size() - 1; i >= 0; i--) {
                Map.Entry<Integer, Class<?>> e = withoutInstance.get(i);
                if (containsInstanceOf(out, e.getValue())) continue;
                watch.loading(e.getValue().getName());
                construct(e.getValue(), e.getKey(), out, problems);
            }
        } finally {
            stop.set(true);
            if (definer != null) definer.close();
            watch.remove();
        }
        if (!problems.isEmpty()) throw new SchemaException(problems);
        return out;
    }

    /**
     * Whether the class may declare tables or views: it is a table or view class, or has a static field that may hold one (a
     * holder class). Other classes of the schema's packages (an application's helper, an enum, a constants class) are not
     * initialised, so a static initialiser that needs the running application does not fail db:generate, nor run in the build; a
     * table class that uses one initialises it as Java does. A class that cannot be looked at without initialising it is
     * initialised, as before, for its error to be named.
     */
    private static boolean declaresTablesOrViews(String className, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(className, false, loader);
            if (Table.class.isAssignableFrom(c) || View.class.isAssignableFrom(c)) return true;
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                Class<?> type = f.getType();
                if (Table.class.isAssignableFrom(type) || View.class.isAssignableFrom(type)) return true;   // as collectStaticInstances reads
            }
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
    }

    private static void requireNoRefusals(ClassLoader loader) {
        if (loader instanceof SchemaClassLoader s && !s.refused().isEmpty()) throw exitProblems(s.refused());
    }

    private static SchemaException exitProblems(Map<String, String> exits) {
        List<String> problems = new ArrayList<>();
        exits.forEach((className, exit) -> problems.add("class " + className + " calls " + exit + ", which would end Maven itself with no"
                + " message while the schema is loaded; Godwit did not load it. A schema class only declares tables: remove the call"));
        return new SchemaException(problems);
    }

    private static String exitCall(String className, ClassLoader loader) {
        try (java.io.InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? null : ExitCalls.find(in.readAllBytes());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Defines (reads and parses, without initialising) the schema classes from the last one back, on a second thread while the
     * caller initialises them from the first: defining is about half of loading a class, and the two threads meet in the middle.
     * No code of a class runs here (it runs only when initialised, on the caller's thread, in order), so the two cannot deadlock
     * on class initialisation; a class that fails to load fails again, named, for the caller.
     */
    private static Void defineBackwards(List<String> classNames, ClassLoader loader, AtomicBoolean stop) {
        for (int i = classNames.size() - 1; i >= 0 && !stop.get(); i--) {
            try {
                Class.forName(classNames.get(i), false, loader);
            } catch (Throwable e) {
                // Reported by the initialising thread, which loads the same class.
            }
        }
        return null;
    }

    /**
     * While schema classes load, a shutdown hook that says which one was loading when the JVM began to exit: a backstop
     * for an exit the class-file check cannot see (called through reflection or a library). Removed afterwards.
     */
    private static final class ExitWatch {
        private volatile String current;
        private Thread hook;

        static ExitWatch install() {
            ExitWatch w = new ExitWatch();
            w.hook = new Thread(() -> {
                String c = w.current;
                if (c != null) {
                    System.err.println("[ERROR] Godwit: the JVM is exiting while schema class " + c + " is being loaded: the class (or code it"
                            + " calls) called System.exit, which ends Maven. A schema class only declares tables: remove the call.");
                    System.err.flush();
                }
            }, "godwit-schema-exit-watch");
            try {
                Runtime.getRuntime().addShutdownHook(w.hook);
            } catch (IllegalStateException | SecurityException shuttingDown) {
                w.hook = null;
            }
            return w;
        }

        void loading(String className) {
            current = className;
        }

        void remove() {
            current = null;
            if (hook == null) return;
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | SecurityException shuttingDown) {
                // The JVM is exiting anyway.
            }
        }
    }

    /**
     * Public static fields holding a Table or View are the declarations (the DSL's
     * {@code public static final Users USERS = new Users();}), in this class or in a holder class. A concrete table class
     * without such a field anywhere in the schema's packages is instantiated through its no-argument constructor ({@link #construct}).
     *
     * @return false for a concrete table or view class that holds no instance of itself
     */
    private static boolean collectStaticInstances(Class<?> c, List<Object> out, List<String> problems) {
        boolean declaresInstance = false;
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) || !(Table.class.isAssignableFrom(f.getType()) || View.class.isAssignableFrom(f.getType()))) continue;
            try {
                f.setAccessible(true);
                Object v = f.get(null);
                if (v != null) {
                    out.add(v);
                    if (v.getClass() == c) declaresInstance = true;
                }
            } catch (ExceptionInInitializerError e) {
                problems.add("field " + c.getName() + "." + f.getName() + " cannot be read: " + (e.getCause() != null ? e.getCause() : e));
            } catch (Throwable e) {
                problems.add("field " + c.getName() + "." + f.getName() + " cannot be read: " + e);
            }
        }
        boolean concreteDeclaration = (Table.class.isAssignableFrom(c) || View.class.isAssignableFrom(c)) && !Modifier.isAbstract(c.getModifiers());
        return !concreteDeclaration || declaresInstance;
    }

    private static void construct(Class<?> c, int at, List<Object> out, List<String> problems) {
        try {
            Constructor<?> k = c.getDeclaredConstructor();
            k.setAccessible(true);
            out.add(at, k.newInstance());
        } catch (NoSuchMethodException e) {
            if (c.isMemberClass() && !Modifier.isStatic(c.getModifiers())) {
                // its constructors take the enclosing instance, whatever the source shows: "no no-argument constructor" misleads
                problems.add("class " + c.getName() + " declares a table but is an inner class (declared inside "
                        + c.getEnclosingClass().getSimpleName() + " without static), so Java passes each of its constructors an instance of "
                        + c.getEnclosingClass().getSimpleName() + " and Godwit cannot construct it; declare it static (public static final class "
                        + c.getSimpleName() + "), or give it a static instance field");
                return;
            }
            problems.add("class " + c.getName() + " declares a table but has no static instance field (public static final "
                    + c.getSimpleName() + " X = new " + c.getSimpleName() + "();) and no no-argument constructor");
        } catch (Throwable e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problems.add("class " + c.getName() + " failed to construct: " + cause);
        }
    }

    private static boolean containsInstanceOf(List<Object> out, Class<?> c) {
        for (Object o : out) if (o.getClass() == c) return true;
        return false;
    }

    /** The classes under {@code dir}, as names in {@code pkg} (java.io.File's plain name lists: a fifth of the cost of Path walking). */
    private static void addClassFiles(java.io.File dir, String pkg, TreeSet<String> names) {
        String[] entries = dir.list();
        if (entries == null || pkg.chars().filter(c -> c == '.').count() > 64) return;   // 64 levels: a directory link loop
        for (String e : entries) {
            if (e.endsWith(".class")) {
                names.add(pkg + "." + e.substring(0, e.length() - ".class".length()));
            } else {
                java.io.File sub = new java.io.File(dir, e);
                if (sub.isDirectory()) addClassFiles(sub, pkg + "." + e, names);
            }
        }
    }

    /** Class names (nested classes included) in the package and its subpackages, sorted. */
    static List<String> classNames(String pkg, ClassLoader loader) {
        String path = pkg.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader instanceof SchemaClassLoader own ? own.ownResources(path) : loader.getResources(path);
            // The project's class path first (a schema package is rarely anywhere else); a plugin <dependency> is in the parent's.
            if (!roots.hasMoreElements()) roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("file".equals(url.getProtocol())) {
                    addClassFiles(new java.io.File(url.toURI()), pkg, names);
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection conn = (JarURLConnection) url.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        for (JarEntry e : java.util.Collections.list(jar.entries())) {
                            String n = e.getName();
                            if (n.startsWith(path + "/") && n.endsWith(".class")) {
                                names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot list the classes of package " + pkg + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot list the classes of package " + pkg + ": " + e.getMessage(), e);
        }
        names.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
        return new ArrayList<>(names);
    }
}
