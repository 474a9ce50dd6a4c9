package dev.godwit.engine.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code merge=union} line in a {@code .gitattributes} above the migrations folder, a common way to stop conflicts in
 * {@code meta/_journal.json}: git then keeps both branches' lines of the journal and of the snapshot both wrote without a
 * conflict, and {@code git checkout -m} merges them the same way again, so the way back to git's markers that db:rebase reads
 * has to take the line out first.
 */
final class UnionMergeAttribute {

    private UnionMergeAttribute() {
    }

    /** "{@code .gitattributes} line 1 ({@code drizzle/meta/*.json merge=union})" for the nearest such line; null for none. */
    static String near(MigrationsFolder folder) {
        for (Path d = folder.dir().toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = d.resolve(".gitattributes");
            if (Files.isRegularFile(f)) {
                try {
                    String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\r?\n");
                    for (int i = 0; i < lines.length; i++) {
                        String line = lines[i].strip();
                        if (!line.startsWith("#") && line.matches(".*\\smerge=union(\\s.*)?")) {
                            return folder.relative(f) + " line " + (i + 1) + " (" + line + ")";
                        }
                    }
                } catch (IOException e) {
                    return null;   // unreadable: the message goes without it
                }
            }
            if (Files.exists(d.resolve(".git"))) return null;   // the repository's top: attributes above it are not git's
        }
        return null;
    }
}
