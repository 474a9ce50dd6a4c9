package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Settings;
import java.util.Locale;

/**
 * Decides which database the settings name, in one place: {@code db.target} wins, then
 * {@code -Dlocal} or {@code db.local.d1} (local), else remote D1 with its credentials looked up in
 * the documented order ({@link D1Credentials}); wrangler's config, when the project has one, fills in
 * what is not set explicitly ({@link ProjectSettings}).
 */
public final class Targets {

    private Targets() {
    }

    public static Target resolve(TargetSettings s) {
        return ProjectSettings.of(s).target();
    }

    /** Placeholder database id of a fleet's settings template (each member brings its own). */
    public static final String FLEET_PLACEHOLDER_ID = "fleet";

    /**
     * A fleet of remote D1 databases ({@code -Ddb.d1.databases}): the account and token are found as
     * for one database; no database id is needed.
     */
    public static Target.D1Fleet resolveFleet(TargetSettings s, String databases) {
        if (isLocal(s)) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.databases names Cloudflare D1 databases; it cannot be combined with -Dlocal,"
                    + " -Ddb.local.d1 or -Ddb.target=local.");
        }
        FleetSelection selection = FleetSelection.parse(databases, s.projectDir());
        String databaseId = blank(s.databaseId()) ? FLEET_PLACEHOLDER_ID : s.databaseId();
        D1Credentials.Resolved c = D1Credentials.resolve(s.accountId(), databaseId, s.token(), s.environment(),
                s.projectDir() == null ? null : s.projectDir().resolve(".dev.vars"), s.server());
        return new Target.D1Fleet(new D1Settings(c.accountId(), FLEET_PLACEHOLDER_ID, c.token(), s.endpoint()), selection, c.tokenSource());
    }

    static boolean isLocal(TargetSettings s) {
        if (blank(s.target())) return s.local() || !blank(s.localD1());
        return switch (s.target().strip().toLowerCase(Locale.ROOT)) {
            case "local" -> true;
            case "d1", "remote" -> false;
            default -> throw new GodwitException(GodwitException.Kind.BROKEN,
                    "db.target must be local or d1, not \"" + s.target() + "\" (-Dlocal is short for -Ddb.target=local)");
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
