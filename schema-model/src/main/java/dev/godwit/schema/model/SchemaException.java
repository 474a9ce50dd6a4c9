package dev.godwit.schema.model;

import java.util.List;

/** An invalid schema. Every problem names where it is (class and field, or file and line) and what is wrong. */
public class SchemaException extends RuntimeException {

    private final List<String> problems;
    private final transient SchemaDef whole;

    public SchemaException(List<String> problems) {
        this(problems, null);
    }

    /**
     * @param whole the tables (and views) of the schema that were read without a problem of their own, for the checks that come
     *              after reading ({@link #whole()}); null: none
     */
    public SchemaException(List<String> problems, SchemaDef whole) {
        super(format(distinct(problems)));
        this.problems = distinct(problems);
        this.whole = whole;
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

    private static String format(List<String> problems) {
        if (problems.size() == 1) return "Invalid schema: " + problems.get(0);
        StringBuilder sb = new StringBuilder("Invalid schema (" + problems.size() + " problems):");
        for (String p : problems) sb.append("\n  - ").append(p);
        return sb.toString();
    }
}
