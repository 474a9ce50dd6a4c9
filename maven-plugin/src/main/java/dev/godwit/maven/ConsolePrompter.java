package dev.godwit.maven;

import dev.godwit.engine.diff.Prompter;
import java.io.Console;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** Asks at the terminal, as drizzle-kit does: created or renamed, and whether to accept data loss. */
final class ConsolePrompter implements Prompter {

    private final Function<String, String> readLine;
    private final PrintWriter out;
    /** What loses the data, in the question: "migration" (db:generate writes one) or "push" (db:push changes the database, no file). */
    private final String what;

    /** At the terminal Maven runs in, for db:generate. */
    ConsolePrompter() {
        this(System.console(), "migration");
    }

    /** At the terminal Maven runs in, for db:push: it writes no migration, so the question is not about one. */
    static ConsolePrompter forPush() {
        return new ConsolePrompter(System.console(), "push");
    }

    private ConsolePrompter(Console console, String what) {
        this(console::readLine, console.writer(), what);
    }

    /** Reads answers with {@code readLine(prompt)} (null at end of input) and writes questions to {@code out}. */
    ConsolePrompter(Function<String, String> readLine, PrintWriter out) {
        this(readLine, out, "migration");
    }

    ConsolePrompter(Function<String, String> readLine, PrintWriter out, String what) {
        this.readLine = readLine;
        this.out = out;
        this.what = what;
    }

    @Override
    public String tableRenamedFrom(String added, List<String> dropped) {
        return choose("Is table \"" + added + "\" created or renamed from another table?", "create table", dropped, "rename table");
    }

    @Override
    public String columnRenamedFrom(String table, String added, List<String> dropped) {
        return choose("Is column \"" + added + "\" in table \"" + table + "\" created or renamed from another column?", "create column", dropped, "rename column");
    }

    private String choose(String question, String create, List<String> candidates, String rename) {
        out.printf("%n%s%n  0) + %s%n", question, create);
        for (int i = 0; i < candidates.size(); i++) out.printf("  %d) ~ %s > %s%n", i + 1, candidates.get(i), rename);
        while (true) {
            out.flush();
            String answer = readLine.apply("Choice [0]: ");
            if (answer == null || answer.isBlank()) return null;
            try {
                int n = Integer.parseInt(answer.strip());
                if (n == 0) return null;
                if (n >= 1 && n <= candidates.size()) return candidates.get(n - 1);
            } catch (NumberFormatException ignored) {
                // Ask again.
            }
            out.printf("Type a number from 0 to %d.%n", candidates.size());
        }
    }

    @Override
    public boolean confirmDataLoss(List<String> destructive) {
        out.printf("%nThis %s loses data:%n", what);
        for (String d : destructive) out.printf("  - %s%n", d);
        out.flush();
        String answer = readLine.apply("push".equals(what) ? "Push it anyway? [y/N]: " : "Write it anyway? [y/N]: ");
        return answer != null && answer.strip().equalsIgnoreCase("y");
    }
}
