package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
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
     * A fleet of remote D1 databases ({@code -Ddb.d1.databases}): the account and token are found as for one database
     * (wrangler's config included, {@link ProjectSettings#fleet}); no database id is needed.
     */
    public static Target.D1Fleet resolveFleet(TargetSettings s, String databases) {
        return ProjectSettings.of(s).fleet(databases);
    }

    static boolean isLocal(TargetSettings s) {
        if (blank(s.target())) return s.local() || !blank(s.localD1());
        return switch (s.target().strip().toLowerCase(Locale.ROOT)) {
            case "local" -> true;
            case "d1", "remote" -> false;
            default -> {
                TargetChoice.refuseUnknownTarget(s.target());
                throw new IllegalStateException("unreachable: " + s.target());
            }
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
