package dev.godwit.engine.plan;

import dev.godwit.engine.GodwitException;
import java.util.List;

/** A schema whose SQL could not be written so that it applies; each problem names the table, column or view. */
public final class UnsafeSqlException extends GodwitException {

    private final List<String> problems;

    public UnsafeSqlException(List<String> problems) {
        super(Kind.REFUSED, format(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        if (problems.size() == 1) return "Cannot write a migration for this schema: " + problems.get(0);
        StringBuilder sb = new StringBuilder("Cannot write a migration for this schema (" + problems.size() + " problems):");
        for (String p : problems) sb.append("\n  - ").append(p);
        return sb.toString();
    }
}
