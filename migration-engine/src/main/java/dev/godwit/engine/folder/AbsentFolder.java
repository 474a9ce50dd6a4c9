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
     * For db:verify, which reads a folder that is not there as a project's first (every table a change no migration holds): the
     * refusal, said only when a folder next to it holds migrations, which a typo in {@code <out>} makes likely; else null.
     */
    public static String missingBesideMigrations(MigrationsFolder folder) {
        if (Files.exists(folder.dir())) return null;
        String near = nearby(folder.dir());
        return near.isEmpty() ? null : "No migrations folder at " + folder.dir() + "." + near + " Check <out> in the plugin's configuration or -Ddb.out.";
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
        Map<String, Integer> holding = holdingMigrations(dir);
        if (holding.isEmpty()) {
            Path above = sameNameAbove(dir);
            return above == null ? "" : " " + aboveSaid(dir, above);
        }
        List<String> names = Typos.nearest(dir.getFileName().toString(), holding.keySet());
        boolean typo = !names.isEmpty();
        if (!typo) names = new ArrayList<>(holding.keySet()).subList(0, Math.min(3, holding.size()));
        List<String> told = names.stream().map(n -> told(dir.resolveSibling(n), holding.get(n))).toList();
        return typo ? " Did you mean " + String.join(" or ", told) + "?"
                : " Next to it, holding migrations: " + String.join(", ", told) + ".";
    }

    /**
     * For db:generate about to create {@code folder} (a new project's first migration): a warning when a folder next to it, a
     * typo away, holds migrations ({@code -Ddb.out=drizle}), else null. A new folder is legitimate, so it is not refused.
     */
    public static String newFolderWarning(MigrationsFolder folder) {
        Path dir = folder.dir();
        if (Files.exists(dir)) return null;
        Map<String, Integer> holding = holdingMigrations(dir);
        Path above = holding.isEmpty() ? sameNameAbove(dir) : null;
        if (above != null) {
            return "Created a new migrations folder, " + dir + ", while " + aboveSaid(dir, above) + " If the project's migrations are those,"
                    + " delete " + dir + " and generate again with that <out>.";
        }
        String name = dir.getFileName().toString();
        // a letter left out or typed twice (drizle, drizzzle, migration): a changed letter or digit is as likely a folder of
        // its own (drizzle-eu beside drizzle-us, tenant1 beside tenant2), and a new folder is not worth a warning then
        List<String> names = holding.keySet().stream().filter(n -> Math.abs(n.length() - name.length()) == 1 && Typos.edits(n, name) == 1
                && !n.replaceAll("[0-9]", "").equals(name.replaceAll("[0-9]", ""))).toList();
        if (names.isEmpty()) return null;
        return "Created a new migrations folder, " + dir + ", while " + String.join(" and ", names.stream().map(n -> told(dir.resolveSibling(n), holding.get(n))).toList())
                + " next to it " + (names.size() == 1 ? "holds" : "hold") + " the project's migrations: is <out> or -Ddb.out mistyped? If so, delete " + dir
                + " and generate again with the right folder.";
    }

    /**
     * A folder of {@code dir}'s name in a folder above its parent that holds migrations (a module's {@code drizzle/} missing
     * while the repository's holds them, where a multi-module build keeps them at the top), looking up through the folders of
     * the Maven build (each holding a {@code pom.xml}, at most 8 levels): a folder above them is another project's. Else null.
     */
    static Path sameNameAbove(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        Path parent = abs.getParent();
        if (name == null || parent == null) return null;
        Path at = parent.getParent();
        for (int level = 0; at != null && level < 8 && Files.isRegularFile(at.resolve("pom.xml")); level++, at = at.getParent()) {
            Path candidate = at.resolve(name);
            try {
                if (Files.isDirectory(candidate) && migrationCount(candidate) > 0) return candidate;
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                return null;
            }
        }
        return null;
    }

    /** What {@link #sameNameAbove} found, said with the {@code <out>} that names it from the project. */
    private static String aboveSaid(Path dir, Path above) {
        int count;
        try {
            count = migrationCount(above);
        } catch (IOException e) {
            count = 1;
        }
        Path project = dir.toAbsolutePath().normalize().getParent();
        String relative = project.relativize(above).toString().replace('\\', '/');
        return told(above, count) + ", further up, holds migrations: in a multi-module build the folder is usually the repository's,"
                + " named from the module by <out>${project.basedir}/" + relative + "</out> (or migrations_dir in wrangler's config there).";
    }

    private static String told(Path dir, int migrations) {
        return dir + " (" + migrations + (migrations == 1 ? " migration)" : " migrations)");
    }

    /** The folders next to {@code dir} that hold migrations, by name, with how many; empty when none can be read. */
    private static Map<String, Integer> holdingMigrations(Path dir) {
        Map<String, Integer> holding = new LinkedHashMap<>();
        Path parent = dir.getParent();
        if (parent == null || !Files.isDirectory(parent)) return holding;
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.sorted().toList()) {
                if (!Files.isDirectory(p) || p.equals(dir)) continue;
                int count = migrationCount(p);
                if (count > 0) holding.put(p.getFileName().toString(), count);
            }
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            return new LinkedHashMap<>();   // no suggestion; what it was for stands without one
        }
        return holding;
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
            return (int) s.filter(MigrationsFolder::isMigrationFile).count();
        }
    }
}
