package dev.godwit.schema.model;

import java.util.List;

/** An invalid schema. Every problem names where it is (class and field, or file and line) and what is wrong. */
public class SchemaException extends RuntimeException {

    private final List<String> problems;
    private final transient SchemaDef whole;
    private final List<String> files;

    public SchemaException(List<String> problems) {
        this(problems, null);
    }

    /**
     * @param whole the tables (and views) of the schema that were read without a problem of their own, for the checks that come
     *              after reading ({@link #whole()}); null: none
     */
    public SchemaException(List<String> problems, SchemaDef whole) {
        this(problems, whole, List.of());
    }

    /**
     * As {@link #SchemaException(List, SchemaDef)}, the problems of descriptor files read in the order of {@code files} (their
     * names, as problems start with them): problems found later are listed among them by {@link ProblemOrder} ({@link #files()}).
     */
    public SchemaException(List<String> problems, SchemaDef whole, List<String> files) {
        super(format(distinct(problems)));
        this.problems = distinct(problems);
        this.whole = whole;
        this.files = List.copyOf(files);
    }

    /** The same problem twice (a table of a YAML anchor, read again where an alias repeats it) is listed once. */
    private static List<String> distinct(List<String> problems) {
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }

    public SchemaException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    /**
     * The part of the schema read whole, with where it was declared, so that db:generate also runs its later checks (what SQLite
     * refuses in a CHECK or generated column) on it and reports every problem in one run; null where there is none.
     */
    public SchemaDef whole() {
        return whole;
    }

    /** The descriptor files read, by name, in reading order; empty for a schema of Java classes alone. */
    public List<String> files() {
        return files;
    }

    private static String format(List<String> problems) {
        if (problems.size() == 1) return "Invalid schema: " + problems.get(0);
        StringBuilder sb = new StringBuilder("Invalid schema (" + problems.size() + " problems):");
        for (String p : problems) sb.append("\n  - ").append(p);
        return sb.toString();
    }
}
