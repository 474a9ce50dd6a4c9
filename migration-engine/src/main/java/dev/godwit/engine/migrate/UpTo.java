package dev.godwit.engine.migrate;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.Tags;
import java.util.List;

/**
 * {@code -Ddb.upTo}: apply the pending migrations up to and including one, and leave the later ones pending (Flyway's
 * {@code -target}, Liquibase's {@code update-to-tag}, Atlas's {@code migrate apply --to-version}). The migration is named by its
 * whole tag ({@code 0012_brave_hulk}), its file name, or its number ({@code 0012}, {@code 12}), as db:status prints them.
 *
 * <p>The one place the migrations a run sends are decided ({@link #plan}): db:apply, a fleet's databases and db:status's
 * last lines all cut the pending list here, so the checks before anything is sent look at the migrations that will run only.
 */
public final class UpTo {

    private UpTo() {
    }

    /**
     * Whose words the messages are in: a goal's ({@code -Ddb.upTo=0003}, db:apply, db:restore) or an application's
     * ({@code upTo("0003")}, Godwit.migrate; an application does not go back, it starts on the schema a newer version left, as
     * it does where that version's rows are in the history). The one place either spelling is written.
     */
    public enum Words {
        GOAL, APPLICATION;

        /** {@code -Ddb.upTo=0003}, or {@code upTo("0003")}. */
        public String setting(String asked) {
            return this == GOAL ? "-Ddb.upTo=" + asked : "upTo(\"" + asked + "\")";
        }

        /** What applies the migrations: db:apply, or the application's Godwit.migrate. */
        String applier() {
            return this == GOAL ? "db:apply" : "Godwit.migrate";
        }

        /** After "is past it (...)": why nothing is undone. */
        String noGoingBack() {
            return this == GOAL ? "db:apply does not go back (db:restore does)"
                    : "Applied by a newer version of the application? This one goes on, on the schema that version left";
        }

        /** Where the migrations' names are read. */
        String namesFrom() {
            return this == GOAL ? "as db:status prints them" : "as the application's packaged folder names them";
        }

        /** The way to apply a skipped migration. */
        String outOfOrder() {
            return this == GOAL ? "add -Ddb.outOfOrder to apply it, with the migrations pending before it"
                    : "Godwit.migrate applies none (mvn db:apply -Ddb.outOfOrder applies it, with the migrations pending before it)";
        }
    }

    /**
     * The migrations a run sends and the pending ones it leaves. {@code upTo} is the migration named (null without -Ddb.upTo);
     * {@code reached} is set where it names a migration the database has applied already, with nothing later applied: a rerun of
     * the same deploy, with nothing to do. {@code past}: the migrations applied after the one named, where the database is past it
     * (empty otherwise): an older deploy's setting run after a newer one, which applies what is pending before it (nothing, mostly),
     * warns and passes, as Flyway's {@code -target} below the current version and Liquibase's {@code update-to-tag} do.
     */
    public record Plan(List<Migration> run, List<Migration> left, String upTo, boolean reached, List<String> past, Words words) {

        public Plan(List<Migration> run, List<Migration> left, String upTo, boolean reached) {
            this(run, left, upTo, reached, List.of(), Words.GOAL);
        }

        /**
         * The warning of a database past the migration named, or null where it is not: "Nothing to apply up to 0001_email: local
         * SQLite file ... is past it (at 0003_brave_hulk; 0002_posts, 0003_brave_hulk applied after it). db:apply does not go back
         * (db:restore does)." Where migrations before it are still pending (skipped ones under -Ddb.outOfOrder), those are applied.
         */
        public String pastTold(String where) {
            if (past.isEmpty()) return null;
            String at = "(" + pastAt() + ")";
            String lead = run.isEmpty() ? "Nothing to apply up to " + upTo + ": " + where + " is past it " + at
                    : where + " is past " + upTo + " " + at + ": applying only the " + run.size() + " migration(s) pending before it";
            return lead + ". " + words.noGoingBack() + (left.isEmpty() ? "." : "; " + leftTold() + ".");
        }

        /** Where a database past the migration named stands: "at 0003_brave_hulk; 0002_posts, 0003_brave_hulk applied after it". */
        public String pastAt() {
            return "at " + past.get(past.size() - 1) + "; " + HistoryCheck.someOf(past, "db:status lists them all") + " applied after it";
        }

        /** "; up to 0012_brave_hulk; 2 left pending (0013_a, 0014_b)", or "" without -Ddb.upTo. */
        public String told() {
            if (upTo == null) return "";
            return ", up to " + upTo + "; " + leftTold();
        }

        /**
         * db:status's line: "With -Ddb.upTo=0012, db:apply applies 2 migration(s) (0011_a, 0012_brave_hulk) and leaves 2 pending
         * (0013_c, 0014_d)."
         */
        public String statusLine(String asked) {
            String lead = "With " + Words.GOAL.setting(asked.strip()) + " (" + upTo + "), db:apply ";
            if (!past.isEmpty() && run.isEmpty()) return lead + "has nothing to apply: the database is past it (at " + past.get(past.size() - 1)
                    + "), and db:apply does not go back; " + leftTold() + ".";
            if (reached) return lead + "has nothing to apply: the database has " + upTo + " applied; " + leftTold() + ".";
            return lead + "applies " + run.size() + " migration(s) (" + HistoryCheck.someOf(run.stream().map(Migration::tag).toList(),
                    "listed above") + ") and leaves " + (left.isEmpty() ? "none pending." : left.size() + " pending ("
                    + HistoryCheck.someOf(left.stream().map(Migration::tag).toList(), "listed above") + ").");
        }

        /**
         * Every migration pending there, those this run sends and those it leaves, in the folder's order: what the check for a database
         * db:push moved ahead looks at, as a schema past the migration named is ahead of it too.
         */
        public List<Migration> pending() {
            if (left.isEmpty()) return run;
            List<Migration> all = new java.util.ArrayList<>(run);
            all.addAll(left);
            return List.copyOf(all);
        }

        /** "2 left pending (0013_a, 0014_b)", "none left pending". */
        public String leftTold() {
            if (left.isEmpty()) return "none left pending";
            return left.size() + " left pending (" + HistoryCheck.someOf(left.stream().map(Migration::tag).toList(), "db:status lists them all") + ")";
        }
    }

    /**
     * The migrations a run sends, in the folder's order: the pending ones (with {@code outOfOrder}, those older than the last
     * applied one too), up to and including {@code upTo} when it is set. A {@code upTo} that names no migration of the folder, one
     * that is ambiguous, or one skipped without -Ddb.outOfOrder, is refused
     * before anything is sent, naming what there is.
     *
     * @param where the database, for messages ({@code db.describe()})
     */
    public static Plan plan(List<MigrationState> states, boolean outOfOrder, String upTo, String where) {
        return plan(states, outOfOrder, upTo, where, Words.GOAL);
    }

    /** As {@link #plan(List, boolean, String, String)}, its messages in {@code words} (an application's: {@code upTo("0003")}). */
    public static Plan plan(List<MigrationState> states, boolean outOfOrder, String upTo, String where, Words words) {
        List<Migration> pending = states.stream().filter(s -> s.state() == MigrationState.State.PENDING
                || outOfOrder && s.state() == MigrationState.State.SKIPPED).map(MigrationState::migration).toList();
        if (upTo == null || upTo.isBlank()) return new Plan(pending, List.of(), null, false);
        MigrationState named = find(states, upTo.strip(), words);
        String tag = named.migration().tag();
        int at = pending.indexOf(named.migration());
        if (at >= 0) return new Plan(pending.subList(0, at + 1), pending.subList(at + 1, pending.size()), tag, false, List.of(), words);
        List<String> appliedAfter = appliedAfter(states, named);
        switch (named.state()) {
            case APPLIED, CHECKSUM_MISMATCH -> {
                // the ones before it that are still to run: skipped ones under -Ddb.outOfOrder; in wrangler's layout, which applies
                // every file its table lacks, a file before it added later. A database past it (an older deploy's setting after a newer
                // deploy) is not an error: nothing after it is undone, the caller warns (Plan.pastTold)
                List<Migration> before = pending.stream().filter(m -> indexOf(states, m) < states.indexOf(named)).toList();
                List<Migration> after = pending.subList(before.size(), pending.size());
                return new Plan(before, after, tag, before.isEmpty() && appliedAfter.isEmpty(), appliedAfter, words);
            }
            case SKIPPED -> throw refused(words.setting(upTo.strip()) + " names " + tag + ", which is not applied to " + where + " and is older"
                    + " than its last applied migration (SKIPPED in db:status): " + words.outOfOrder() + ". Nothing was applied.");
            default -> throw refused(words.setting(upTo.strip()) + " names " + tag + " (" + named.state().label() + "), which " + words.applier()
                    + " cannot apply. Nothing was applied.");
        }
    }

    /**
     * The tag {@code upTo} names among the folder's migrations, refused (naming them) where it names none or several: checked
     * once before any database is read (a fleet), as {@link #plan} checks it for each.
     */
    public static String check(List<Migration> local, String upTo) {
        return check(local, upTo, NOTHING_APPLIED);
    }

    /** {@link #check(List, String)} for a goal that applies nothing ({@code db:verify -Ddb.drift}): {@code done} ends its refusal. */
    public static String check(List<Migration> local, String upTo, String done) {
        if (upTo == null || upTo.isBlank()) return null;
        List<MigrationState> states = local.stream().map(m -> new MigrationState(m.tag(), m, MigrationState.State.PENDING, null)).toList();
        return find(states, upTo.strip(), Words.GOAL, done).migration().tag();
    }

    private static final String NOTHING_APPLIED = "Nothing was applied.";

    private static MigrationState find(List<MigrationState> states, String n, Words words) {
        return find(states, n, words, NOTHING_APPLIED);
    }

    private static MigrationState find(List<MigrationState> states, String n, Words words, String done) {
        List<MigrationState> local = states.stream().filter(s -> s.migration() != null).toList();
        for (MigrationState s : local) {
            if (s.migration().tag().equals(n) || s.migration().fileName().equals(n)) return s;
        }
        // its number, or its name after the number (as db:drop -Ddb.name and db:baseline -Ddb.baseline take them)
        List<MigrationState> matches = local.stream().filter(s -> Tags.names(s.migration().tag(), n)).toList();
        List<String> tags = local.stream().map(s -> s.migration().tag()).toList();
        if (matches.size() == 1) return matches.get(0);
        if (matches.isEmpty()) {
            throw broken(words.setting(n) + " names no migration of the folder; give one's number, name or whole tag, " + words.namesFrom() + ": "
                    + (tags.isEmpty() ? "(the folder has none)" : HistoryCheck.lastOf(tags, "db:status lists them all")) + ". " + done);
        }
        throw broken(words.setting(n) + " matches several migrations (" + String.join(", ", matches.stream().map(s -> s.migration().tag()).toList())
                + "); give the whole tag. " + done);
    }

    private static int indexOf(List<MigrationState> states, Migration m) {
        for (int i = 0; i < states.size(); i++) if (states.get(i).migration() == m) return i;
        return -1;
    }

    /** The migrations applied that come after {@code named} in the folder's order. */
    private static List<String> appliedAfter(List<MigrationState> states, MigrationState named) {
        List<String> out = new java.util.ArrayList<>();
        boolean after = false;
        for (MigrationState s : states) {
            if (s == named) {
                after = true;
                continue;
            }
            if (after && s.migration() != null && (s.state() == MigrationState.State.APPLIED
                    || s.state() == MigrationState.State.CHECKSUM_MISMATCH)) out.add(s.migration().tag());
        }
        return out;
    }

    /** The database is not where the setting can take it: a check refused (MojoFailureException). */
    private static MigrationException refused(String message) {
        return new MigrationException(message);
    }

    /** The setting names no migration, or several: a broken setting (MojoExecutionException naming it). */
    private static MigrationException broken(String message) {
        return new MigrationException(GodwitException.Kind.BROKEN, message);
    }
}
