package dev.godwit.engine.folder;

import dev.godwit.engine.GodwitException;
import dev.godwit.schema.model.Typos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A migrations folder that is not there, told apart from one with no migrations yet. Read as empty, a mistyped {@code <out>}
 * or {@code -Ddb.out} made db:repair remove every history row ("no such migration") and db:apply and db:status report a
 * database up to date; the goals that read the folder to act on a database refuse it instead, and say which folder next to
 * it holds migrations.
 */
public final class AbsentFolder {

    private AbsentFolder() {
    }

    /** Refuses {@code folder} when it does not exist; {@code goal} (db:apply) is what read it. */
    public static void refuse(MigrationsFolder folder, String goal) {
        if (Files.isDirectory(folder.dir())) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "No migrations folder at " + folder.dir() + ": " + goal
                + " has no migrations to read, and changed nothing." + nearby(folder.dir())
                + " Check <out> in the plugin's configuration or -Ddb.out (for wrangler's layout, migrations_dir in wrangler's config);"
                + " a new project's first mvn db:generate creates the folder.");
    }

    /**
     * db:repair on a folder without one migration while the history records some: every row would go as "a migration that
     * exists nowhere". Refused; a history meant to be emptied is dropped by hand.
     */
    public static void refuseEmptyAgainst(MigrationsFolder folder, int historyRows, String historyTable) {
        throw new GodwitException(GodwitException.Kind.REFUSED, folder.dir() + " holds no migration, and " + historyTable + " records "
                + historyRows + (historyRows == 1 ? " migration" : " migrations") + ": db:repair would remove every row, so it changed nothing."
                + nearby(folder.dir()) + " Check <out> or -Ddb.out. To empty the history on purpose, DELETE FROM \"" + historyTable.replace("\"", "\"\"")
                + "\" yourself.");
    }

    /**
     * " Did you mean …?" for the folders next to {@code dir} that hold migrations (a {@code meta/_journal.json} or {@code .sql}
     * files): those a typo away from its name, or else all of them (at most three); empty when there are none.
     */
    static String nearby(Path dir) {
        Path parent = dir.getParent();
        if (parent == null || !Files.isDirectory(parent)) return "";
        Map<String, Integer> holding = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.sorted().toList()) {
                if (!Files.isDirectory(p) || p.equals(dir)) continue;
                int count = migrationCount(p);
                if (count > 0) holding.put(p.getFileName().toString(), count);
            }
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            return "";   // no suggestion; the refusal itself stands
        }
        if (holding.isEmpty()) return "";
        List<String> names = Typos.nearest(dir.getFileName().toString(), holding.keySet());
        boolean typo = !names.isEmpty();
        if (!typo) names = new ArrayList<>(holding.keySet()).subList(0, Math.min(3, holding.size()));
        List<String> told = names.stream().map(n -> parent.resolve(n) + " (" + holding.get(n) + (holding.get(n) == 1 ? " migration)" : " migrations)")).toList();
        return typo ? " Did you mean " + String.join(" or ", told) + "?"
                : " Next to it, holding migrations: " + String.join(", ", told) + ".";
    }

    /** Migrations a folder holds: its journal's entries, or else its {@code .sql} files (wrangler's layout). */
    private static int migrationCount(Path dir) throws IOException {
        Path journal = dir.resolve("meta").resolve("_journal.json");
        if (Files.isRegularFile(journal)) {
            try {
                return Math.max(1, MigrationsFolder.at(dir).readJournal().entries().size());
            } catch (GodwitException unreadable) {
                return 1;   // a journal that does not read is still a migrations folder
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p)).count();
        }
    }
}
