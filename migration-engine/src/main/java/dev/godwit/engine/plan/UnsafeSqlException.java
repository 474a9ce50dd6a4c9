package dev.godwit.engine.plan;

import dev.godwit.engine.GodwitException;
import java.util.List;

/** A schema whose SQL could not be written so that it applies; each problem names the table, column or view. */
public final class UnsafeSqlException extends GodwitException {

    private final List<String> problems;

    public UnsafeSqlException(List<String> problems) {
        this("Cannot write a migration for this schema", problems);
    }

    /** {@code refusal}: what cannot be done, e.g. "Cannot change the database to this schema" for db:push. */
    public UnsafeSqlException(String refusal, List<String> problems) {
        super(Kind.REFUSED, format(refusal, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(String refusal, List<String> problems) {
        if (problems.size() == 1) return refusal + ": " + problems.get(0);
        StringBuilder sb = new StringBuilder(refusal + " (" + problems.size() + " problems):");
        for (String p : problems) sb.append("\n  - ").append(p);
        return sb.toString();
    }
}
