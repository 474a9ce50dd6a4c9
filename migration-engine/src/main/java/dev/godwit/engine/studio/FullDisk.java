package dev.godwit.engine.studio;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.LockedHint;
import dev.godwit.engine.folder.DiskFull;
import java.nio.file.Path;
import java.util.Map;

/**
 * A studio write to the local file that SQLite refused for want of room ("database or disk is full", SQLITE_FULL): SQLite's words
 * alone said neither where to free space nor how much there is. The hint names the file and the room left on its disk.
 */
final class FullDisk {

    private FullDisk() {
    }

    /**
     * "The disk holding the file (/data/app.sqlite; 0.3 MB free there), or the temporary folder SQLite writes to, is full: free
     * space, then {@code again}."; null where {@code message} is no SQLITE_FULL, or over D1 (whose storage is not the user's disk).
     */
    static String hint(Database db, String message, String again) {
        if (db.capabilities().remote() || message == null || !(message.contains("SQLITE_FULL") || message.contains("database or disk is full"))) {
            return null;
        }
        String file = null;
        try {
            for (Map<String, Object> d : db.query("PRAGMA database_list")) {
                if ("main".equals(d.get("name")) && d.get("file") instanceof String f && !f.isEmpty()) {
                    String free = DiskFull.free(Path.of(f));
                    file = f + (free == null ? "" : "; " + free);
                }
            }
        } catch (RuntimeException unknown) {
            // the file's name is a help, not needed to say the disk is full
        }
        return LockedHint.unwritable(message, file, again);
    }
}
