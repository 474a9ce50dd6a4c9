package dev.godwit.engine.preflight;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.StatementRules;
import java.util.function.Function;

/**
 * An unexpected exception from one of the checks the pre-flight or db:verify's replay runs on a migration (a reader meeting SQL it
 * did not expect: an IndexOutOfBoundsException on {@code UPDATE ... FROM;}), said as what it is: Godwit's bug, which check, which
 * migration and statement it was reading, that nothing was applied, and the way on. It stops the run still (a check that could not
 * look is no check that passed); before, Maven showed only "Execution ... failed: java.lang.IndexOutOfBoundsException".
 */
public final class CheckCrash {

    /**
     * For tests only: {check, text} makes the guarded check of that name throw where a statement of the migration it reads holds
     * the text, as a reader crashing on one odd statement does. Null in use.
     */
    static volatile String[] crashOn;

    private CheckCrash() {
    }

    /** What was running the check: the way it is named in the message, and what the stop left undone. */
    public enum Run {
        PREFLIGHT("db:apply's pre-flight", "Nothing was applied: the apply stops before sending anything.",
                "Fix or rewrite the statement, or apply it by hand."),
        REPLAY("db:verify's replay", "The replay stops there, so db:verify checked nothing after it.",
                "Fix or rewrite the statement (db:apply's pre-flight reads it the same way)."),
        ;

        private final String who;
        private final String stop;
        private final String wayOn;

        Run(String who, String stop, String wayOn) {
            this.who = who;
            this.stop = stop;
            this.wayOn = wayOn;
        }
    }

    /**
     * Runs {@code check} (named {@code name}) on {@code m}. Where it throws other than a GodwitException, it runs again on each
     * statement alone to name the one it trips on (the checks so guarded only read), and a GodwitException saying so is thrown.
     */
    static <T> T guard(Run run, String name, Migration m, Function<Migration, T> check) {
        try {
            return checked(name, m, check);
        } catch (GodwitException e) {
            throw e;
        } catch (RuntimeException e) {
            int at = -1;
            for (int i = 0; i < m.statements().size() && at < 0 && m.statements().size() > 1; i++) {
                try {
                    checked(name, new Migration(m.entry(), m.file(), m.statements().get(i)), check);
                } catch (RuntimeException again) {
                    at = i;
                }
            }
            throw of(run, name, m, at, e);
        }
    }

    private static <T> T checked(String name, Migration m, Function<Migration, T> check) {
        String[] hook = crashOn;
        if (hook != null && hook[0].equals(name) && m.statements().stream().anyMatch(s -> s.contains(hook[1]))) {
            throw new IndexOutOfBoundsException("Index 3 out of bounds for length 3 (test hook)");
        }
        return check.apply(m);
    }

    /**
     * {@code e}, thrown while {@code caller} ran checks on {@code m}, as the GodwitException to stop with: the check named by the
     * last frame of Godwit's before {@code caller}'s own, the statement not known (it read the migration as a whole). A
     * GodwitException is returned as it is. {@code m} is null where the checks were not on one migration.
     */
    public static RuntimeException of(Run run, Class<?> caller, Migration m, RuntimeException e) {
        if (e instanceof GodwitException) return e;
        String check = null;
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith(caller.getName())) break;
            if (f.getClassName().startsWith("dev.godwit.")) check = frame(f);
        }
        return of(run, check != null ? check : caller.getSimpleName(), m, -1, e);
    }

    private static GodwitException of(Run run, String check, Migration m, int at, RuntimeException e) {
        String where = m == null ? "the pending migrations (before or after it ran each one)" : at >= 0 ? m.fileName() + ", statement " + (at + 1) + " of " + m.statements().size() + ":\n    "
                + StatementRules.shown(m.statements().get(at))
                : m.fileName() + (m.statements().size() == 1 ? ", its statement:\n    " + StatementRules.shown(m.statements().get(0))
                        : " (" + m.statements().size() + " statements; the check read them together)");
        StackTraceElement thrownAt = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("dev.godwit.")).findFirst().orElse(null);
        return new GodwitException(GodwitException.Kind.BROKEN, run.who + ": its check " + check + " failed reading " + where
                + "\n  with " + e + (thrownAt == null ? "" : " (at " + thrownAt.getFileName() + ":" + thrownAt.getLineNumber() + ")") + "."
                + "\n  This is a bug in Godwit, not a verdict on the migration: please report it with the "
                + (at >= 0 || m != null && m.statements().size() == 1 ? "statement" : "migration") + " above and this message."
                + "\n  " + run.stop + " " + run.wayOn, e);
    }

    private static String frame(StackTraceElement f) {
        String c = f.getClassName();
        String simple = c.substring(c.lastIndexOf('.') + 1);
        int inner = simple.indexOf('$');
        return (inner > 0 ? simple.substring(0, inner) : simple) + (f.getMethodName().startsWith("lambda$") ? "" : "." + f.getMethodName());
    }
}
