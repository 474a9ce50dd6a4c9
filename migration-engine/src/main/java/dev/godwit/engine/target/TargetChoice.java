package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which database the -D properties of one run pick, before any settings are read: whether a local file is chosen, and the
 * refusals where two properties name different databases (nothing is done then). The goals pass the values Maven gave them
 * and, where it matters whether a value came from the command line, a lookup of the command line's -D properties.
 */
public final class TargetChoice {

    private TargetChoice() {
    }

    /**
     * db.target picks the database: local, d1 (or remote). Any other value was read as Cloudflare D1 by the checks that run
     * before the settings are read, which then named it so: mvn db:apply -Ddb.target=0015_orders (Flyway's -target, a
     * version to migrate up to) was told "-Ddb.target=0015_orders picks [Cloudflare D1]", and with -Dlocal "keep -Dlocal for
     * the local file, or -Ddb.target=0015_orders for Cloudflare D1". Refused first, in the words that say what it is.
     */
    public static void refuseUnknownTarget(String target) {
        if (target == null || target.isBlank()) return;
        String t = target.strip();
        if (t.equalsIgnoreCase("local") || t.equalsIgnoreCase("d1") || t.equalsIgnoreCase("remote")) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "db.target must be local or d1, not \"" + target + "\" (-Dlocal is short for"
                + " -Ddb.target=local)" + (t.matches("\\d+(_[\\w-]*)?") ? ": it picks the database, not a migration to stop at"
                + " (as Flyway's -target does): -Ddb.upTo=" + t + " applies the pending migrations up to " + t + " and leaves the later"
                + " ones pending (db:status -Ddb.upTo=" + t + " shows which)"
                : t.matches("(?i)latest|current") ? ": it picks the database, not a migration to stop at (as Flyway's -target does);"
                + " db:apply applies every pending migration, -Ddb.upTo=NUMBER those up to one, and db:status lists them" : "") + ". Nothing was done.");
    }

    /** Whether {@code -Ddb.d1.databases} (stripped) is one database id, which is that database rather than a fleet. */
    public static boolean isOneId(String databases) {
        String spec = databases.strip();
        return !spec.contains(",") && FleetSelection.isId(spec);
    }

    /**
     * -Dlocal and db.target name one choice under two properties, and db.target wins when set: a {@code <target>d1</target>} in
     * the POM made mvn db:apply -Dlocal apply to Cloudflare D1. -Dlocal on the command line now wins over the POM's target, as
     * every -D does; -Dlocal with -Ddb.target=d1 both on the command line is refused (wrangler refuses --local with --remote).
     *
     * @return whether the POM's {@code target} is set aside for the command line's -Dlocal
     */
    public static boolean commandLineLocalWins(String commandLineLocal, String commandLineTarget, String target) {
        refuseUnknownTarget(target);
        if (commandLineLocal == null || commandLineLocal.strip().equalsIgnoreCase("false") || target == null || target.isBlank()
                || target.strip().equalsIgnoreCase("local")) return false;
        if (commandLineTarget != null) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Dlocal and -Ddb.target=" + target.strip() + " are both on the command line and"
                    + " name different databases: keep -Dlocal for the local file, or -Ddb.target=" + target.strip() + " for Cloudflare D1."
                    + " Nothing was done.");
        }
        return true;
    }

    /**
     * Whether the goal works on a local file (-Dlocal, -Ddb.local.d1, -Ddb.target=local), where -Ddb.d1.databases names
     * nothing (a fleet in the POM, and mvn db:push -Dlocal on the developer's machine); the engine checks the value itself.
     */
    public static boolean localChosen(boolean local, String target, String localD1) {
        refuseUnknownTarget(target);
        if (target == null || target.isBlank()) return local || localD1 != null && !localD1.isBlank();
        return target.strip().equalsIgnoreCase("local");
    }

    /**
     * wrangler's --remote typed as a Maven property, {@code -Dremote}: no goal reads it, so Maven passed it on unread, and mvn
     * db:apply -Dremote worked on the local file where -Dlocal (which wrangler refuses beside --remote) or the POM's
     * {@code <target>local</target>} picked it; {@code -Dremote=false} went to Cloudflare D1. Refused where it names the other
     * database than the run's, before anything runs; where the run goes to D1 anyway, -Dremote passes. {@code commandLine} looks
     * a {@code -D} property up (null when not given); {@code local}, {@code target} and {@code localD1} as the goal has them.
     */
    public static void refuseRemoteFlag(Function<String, String> commandLine, boolean local, String target, String localD1) {
        String remote = commandLine.apply("remote");
        if (remote == null) return;
        boolean meansRemote = remote.isBlank() || remote.strip().equalsIgnoreCase("true");
        boolean localRun = localChosen(local, target, localD1);
        String unread = (meansRemote ? "-Dremote" : "-Dremote=" + remote.strip()) + " is no setting of Godwit, so Maven passes it on unread, and";
        if (meansRemote && localRun) {
            String picked = localPickedBy(commandLine, local, target);
            if (!picked.contains(" in the POM")) {   // on the command line beside it: a contradiction, as wrangler's flags are
                throw new GodwitException(GodwitException.Kind.BROKEN, unread + " this run would work on the local file (" + picked + " picks it),"
                        + " not on Cloudflare D1; wrangler too refuses --remote with --local. Keep " + picked + " for the local file, or leave"
                        + " both out for Cloudflare D1 (the default). Nothing was done.");
            }
            throw new GodwitException(GodwitException.Kind.BROKEN, unread + " this run would work on the local file (" + picked + " picks it),"
                    + " not on Cloudflare D1. Godwit's setting for wrangler's --remote is -Ddb.target=d1: give that instead. Nothing was done.");
        }
        if (remote.strip().equalsIgnoreCase("false") && !localRun) {
            throw new GodwitException(GodwitException.Kind.BROKEN, unread + " this run would go to Cloudflare D1 (" + (target == null || target.isBlank()
                    ? "the default without -Dlocal" : commandLine.apply("db.target") != null ? "-Ddb.target=" + target.strip() + " picks it"
                    : "<target>" + target.strip() + "</target> in the POM picks it") + "), not to the local file. Godwit's setting for wrangler's"
                    + " --local is -Dlocal: give that instead. Nothing was done.");
        }
    }

    /**
     * The warning for {@code -Dremote} (wrangler's --remote as a Maven property, {@code remote} its value) on a goal that works on no
     * database ({@code goal}, e.g. db:generate; {@code what}: what it does instead, and the way to a database where there is one):
     * Maven passed it on unread without a word, as if it had an effect. Null when it is not given.
     */
    public static String remoteFlagIgnored(String remote, String goal, String what) {
        return flagIgnored("remote", remote, "it is wrangler's flag, no setting of Godwit, and ", goal, what);
    }

    /**
     * The same for {@code -Dlocal} ({@code local} its value), Godwit's own flag for the local file: on such a goal it was passed over
     * without a word, as if the goal had worked on the local file.
     */
    public static String localFlagIgnored(String local, String goal, String what) {
        return flagIgnored("local", local, "", goal, what);
    }

    /**
     * The same for a fleet's settings ({@code -Ddb.fleet.canary=2}, ...; {@code given}: each flag and its value as given, named in its
     * iteration order) on a run of {@code goal} that works on one database (the local file, or one Cloudflare D1 database): one
     * line naming them all. Null when none is given.
     */
    public static String fleetFlagsIgnored(java.util.Map<String, String> given, String goal) {
        if (given.isEmpty()) return null;
        List<String> flags = given.entrySet().stream().map(e -> flag(e.getKey(), e.getValue())).toList();
        String named = flags.size() == 1 ? flags.get(0)
                : String.join(", ", flags.subList(0, flags.size() - 1)) + " and " + flags.get(flags.size() - 1);
        return named + (flags.size() == 1 ? " has no effect on " : " have no effect on ") + goal + " of one database: "
                + (flags.size() == 1 ? "it applies" : "they apply") + " to a fleet (-Ddb.d1.databases). Ignored.";
    }

    /** {@code -Dflag} (its {@code value} as given, null: not given) ignored by {@code goal}; {@code whose}: what the flag is, or "". */
    private static String flagIgnored(String flag, String value, String whose, String goal, String what) {
        return ignored(flag, value, goal, whose + goal + " works on no database (" + what + ")");
    }

    /** "-Dflag has no effect on {@code goal}: {@code why}. Ignored." ({@code -Dflag=value} for a value other than true), or null: not given. */
    private static String ignored(String flag, String value, String goal, String why) {
        if (value == null) return null;
        return flag(flag, value) + " has no effect on " + goal + ": " + why + ". Ignored.";
    }

    /** {@code -Dflag} as given: {@code -Dflag=value} for a value other than true. */
    private static String flag(String flag, String value) {
        boolean given = value.isBlank() || value.strip().equalsIgnoreCase("true");
        return given ? "-D" + flag : "-D" + flag + "=" + value.strip();
    }

    /** What picks the local file: -Dlocal, -Ddb.target=local, the POM's target, -Ddb.local.d1, ... ("in the POM" for the POM's). */
    private static String localPickedBy(Function<String, String> commandLine, boolean local, String target) {
        String dlocal = commandLine.apply("local");
        if (dlocal != null && !dlocal.strip().equalsIgnoreCase("false")) return "-Dlocal";
        if (target != null && !target.isBlank()) {
            return commandLine.apply("db.target") != null ? "-Ddb.target=" + target.strip() : "<target>" + target.strip() + "</target> in the POM";
        }
        if (local) return "<local>true</local> in the POM";
        String d1 = commandLine.apply("db.local.d1");
        return d1 != null && !d1.isBlank() ? "-Ddb.local.d1=" + d1.strip() : "<localD1> in the POM";
    }

    /**
     * -Ddb.local.path or -Ddb.local.persistTo on the command line name a local database, but without -Dlocal (-Ddb.local.d1,
     * -Ddb.target=local) the goal went to Cloudflare D1, silently: mvn db:apply -Ddb.local.persistTo=../.wrangler/state applied to
     * the remote database; so did -Ddb.local.d1 under a -Ddb.target=d1 (the POM's, say). wrangler refuses --persist-to without
     * --local; so does this, before any request. In the POM they may stay, for the runs with -Dlocal.
     */
    public static void refuseLocalSettingsForD1(Function<String, String> commandLine, String target) {
        refuseUnknownTarget(target);
        String why = target == null || target.isBlank() ? "there is no -Dlocal, -Ddb.local.d1 or -Ddb.target=local"
                : "-Ddb.target=" + target.strip() + " picks it";
        for (String p : List.of("db.local.path", "db.local.persistTo", "db.local.d1")) {
            String v = commandLine.apply(p);
            if (v == null || v.isBlank()) continue;
            throw new GodwitException(GodwitException.Kind.BROKEN, "-D" + p + "=" + v.strip() + " names a local database, but this run goes to"
                    + " Cloudflare D1 (" + why + "). Add -Dlocal to work on the local file, or leave -D" + p + " out"
                    + (p.equals("db.local.persistTo") ? " (wrangler too refuses --persist-to without --local)" : "") + ". Nothing was done.");
        }
    }

    /**
     * -Ddb.d1.databases and -Ddb.d1.databaseId both on the command line, naming different targets: either could be the one
     * meant, so neither is picked (before any request). A goal of one database ({@code fleetGoal} false) takes a fleet there
     * with one id of it, as README's Fleets says; the same id twice is one database.
     */
    public static void refuseTwoTargets(String databases, String databaseId, boolean fleetGoal) {
        if (databases == null || databases.isBlank() || databaseId == null || databaseId.isBlank()) return;
        String spec = databases.strip();
        String id = databaseId.strip();
        if (isOneId(spec)) {
            if (spec.equalsIgnoreCase(id)) return;
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.databases=" + spec + " and -Ddb.d1.databaseId=" + id + " are both on"
                    + " the command line and name two different databases. Keep the one you mean: -Ddb.d1.databaseId=" + id + " alone, or"
                    + " -Ddb.d1.databases=" + spec + " alone (one id there is that database). Nothing was done.");
        }
        if (!fleetGoal) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.databases=" + spec + " (a fleet) and -Ddb.d1.databaseId=" + id + " (one"
                + " database) are both on the command line, and this goal works on one or the other. Drop -Ddb.d1.databaseId to work on the"
                + " fleet, or -Ddb.d1.databases to work on " + id + " alone. Nothing was done.");
    }

    /**
     * The database a goal of one database works on when {@code -Ddb.d1.databases} is set: a single id there (as db:apply takes
     * it), else {@code -Ddb.d1.databaseId} when given (a fleet in the POM, one database named on the command line), else an error.
     */
    public static String oneDatabaseOf(String d1Databases, String d1DatabaseId, String goal) {
        String spec = d1Databases.strip();
        if (isOneId(spec)) return spec;
        if (d1DatabaseId != null && !d1DatabaseId.isBlank()) return d1DatabaseId;
        throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.databases=" + spec + " names a fleet, and " + goal + " works on one"
                + " database: give its id with -Ddb.d1.databaseId=<uuid> (or -Ddb.d1.databases=<uuid>). Nothing was done.");
    }

    /**
     * Whether the project's migrations go to Cloudflare D1: D1 settings name one database or a fleet ({@code -Ddb.d1.databaseId},
     * {@code -Ddb.d1.databases}, {@code CLOUDFLARE_DATABASE_ID}: {@code named}), or wrangler's config (null: none) has D1
     * databases. A config that cannot be read says no here; the goals that use it report it.
     */
    public static boolean goesToD1(List<String> named, Supplier<WranglerConfig> config) {
        return goesToD1(null, named, config);
    }

    /**
     * As {@link #goesToD1(List, Supplier)}, with the project's {@code <target>} (or {@code -Ddb.target}): {@code d1} says so
     * itself. A project whose database id lives in CI secrets (given only to the job on main that applies) named no D1 database
     * in a pull request's {@code mvn verify}, so db:verify passed a statement D1 refuses (a {@code PRAGMA journal_mode}) and
     * the apply after the merge refused it; {@code <target>d1</target>} in the POM is the way to say it with no id in git.
     */
    public static boolean goesToD1(String target, List<String> named, Supplier<WranglerConfig> config) {
        if (target != null && target.strip().equalsIgnoreCase("d1")) return true;
        for (String n : named) if (n != null && !n.isBlank()) return true;
        try {
            WranglerConfig c = config.get();
            return c != null && (!c.top().d1Databases().isEmpty() || c.envs().values().stream().anyMatch(e -> !e.d1Databases().isEmpty()));
        } catch (GodwitException unreadable) {
            return false;
        }
    }

    /**
     * For goals that only read or edit an existing database: a local file that does not exist is an error (a mistyped path would
     * otherwise become a new empty database, and "nothing applied there"). {@code printedArgs}: what picked this path, so the
     * db:apply the message prints creates this database, not the POM's.
     */
    public static void refuseMissingLocalFile(Path file, Supplier<String> printedArgs) {
        if (file == null || Files.exists(file)) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "There is no database at " + file.toAbsolutePath().normalize() + " (nothing has been"
                + " applied there yet). Check the path (-Ddb.local.path, or -Ddb.env / -Ddb.d1.binding for wrangler's local D1 file), or create"
                + " the database with mvn db:apply -Dlocal" + printedArgs.get() + ". Nothing was changed.");
    }
}
