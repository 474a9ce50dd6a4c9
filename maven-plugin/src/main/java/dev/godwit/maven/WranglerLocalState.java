package dev.godwit.maven;

import dev.godwit.engine.config.WranglerState;
import java.nio.file.Path;

/** The SQLite file {@code wrangler dev} uses for a D1 database. */
final class WranglerLocalState {

    private WranglerLocalState() {
    }

    static Path databaseFile(Path persistTo, String identity) {
        return WranglerState.d1DatabaseFile(persistTo, identity);
    }
}
