package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Settings;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides which database the settings name, in one place: {@code db.target} wins, then
 * {@code -Dlocal} or {@code db.local.d1} (local), else remote D1 with its credentials looked up in
 * the documented order ({@link D1Credentials}).
 */
public final class Targets {

    private Targets() {
    }

    public static Target resolve(TargetSettings s) {
        if (isLocal(s)) {
            if (!blank(s.localD1())) {
                Path persistTo = s.persistTo() != null ? s.persistTo() : s.projectDir().resolve(".wrangler/state");
                String identity = s.localD1().strip();
                return new Target.WranglerLocalD1(WranglerState.d1DatabaseFile(persistTo, identity), identity);
            }
            Path file = s.localPath() != null ? s.localPath() : s.projectDir().resolve(".godwit/local.sqlite");
            return new Target.LocalFile(file);
        }
        D1Credentials.Resolved c = D1Credentials.resolve(s.accountId(), s.databaseId(), s.token(), s.environment(),
                s.projectDir() == null ? null : s.projectDir().resolve(".dev.vars"), s.server());
        return new Target.RemoteD1(new D1Settings(c.accountId(), c.databaseId(), c.token(), s.endpoint()), c.tokenSource());
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
