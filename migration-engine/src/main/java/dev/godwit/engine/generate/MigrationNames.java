package dev.godwit.engine.generate;

import dev.godwit.engine.GodwitException;
import java.util.random.RandomGenerator;

/** Migration tags: {@code 0004_<name>}, with a random two-word name when none is given (as drizzle-kit does). */
final class MigrationNames {

    private static final String[] ADJECTIVES = {
        "amber", "bold", "brave", "brisk", "calm", "clever", "crisp", "daring", "eager", "fair", "fleet", "gentle", "glad",
        "golden", "grand", "hardy", "keen", "lively", "lucky", "merry", "mighty", "nimble", "noble", "quick", "quiet",
        "rapid", "silent", "sleek", "steady", "swift", "tidy", "vivid", "wise", "young", "zesty"
    };
    private static final String[] BIRDS = {
        "albatross", "avocet", "bittern", "curlew", "dunlin", "egret", "falcon", "gannet", "godwit", "heron", "ibis",
        "jacana", "kestrel", "kite", "lapwing", "merlin", "nightjar", "osprey", "petrel", "plover", "puffin", "redshank",
        "sanderling", "shearwater", "skua", "stint", "swift", "tern", "turnstone", "wagtail", "whimbrel", "wren"
    };

    private MigrationNames() {
    }

    static String tag(int idx, String name, RandomGenerator random) {
        String suffix = name != null && !name.isBlank() ? name.strip()
                : ADJECTIVES[random.nextInt(ADJECTIVES.length)] + "_" + BIRDS[random.nextInt(BIRDS.length)];
        return String.format("%04d_%s", idx, suffix);
    }

    /** A tag becomes a file name: refuse what no file system accepts. */
    static void requireValid(String name) {
        if (name == null) return;
        if (name.contains("/") || name.contains("\\") || name.contains("\u0000")) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "db.name \"" + name + "\" cannot contain / or \\: it becomes part of the migration's file name");
        }
    }
}
