package dev.godwit.demo;

import dev.godwit.runtime.Godwit;
import dev.godwit.runtime.MigrateResult;

/**
 * The demo application's start-up: migrates its SQLite file with the migrations packaged in the jar
 * (the top-level drizzle/ folder, copied into the resources by the pom), then would serve.
 * {@code java -cp ... dev.godwit.demo.App [path/to/demo.sqlite]}.
 */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        String file = args.length > 0 ? args[0] : ".godwit/demo.sqlite";
        MigrateResult r = Godwit.migrate("jdbc:sqlite:" + file);
        System.out.println("Database " + file + ": applied " + r.applied().size() + " migration(s) " + r.applied() + ", " + r.skipped()
                + " already applied, in " + r.duration().toMillis() + " ms.");
    }
}
