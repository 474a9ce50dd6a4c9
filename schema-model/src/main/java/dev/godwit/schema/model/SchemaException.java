package dev.godwit.schema.model;

import java.util.List;

/** An invalid schema. Every problem names where it is (class and field, or file and line) and what is wrong. */
public class SchemaException extends RuntimeException {

    private final List<String> problems;

    public SchemaException(List<String> problems) {
        super(format(distinct(problems)));
        this.problems = distinct(problems);
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

    private static String format(List<String> problems) {
        if (problems.size() == 1) return "Invalid schema: " + problems.get(0);
        StringBuilder sb = new StringBuilder("Invalid schema (" + problems.size() + " problems):");
        for (String p : problems) sb.append("\n  - ").append(p);
        return sb.toString();
    }
}
