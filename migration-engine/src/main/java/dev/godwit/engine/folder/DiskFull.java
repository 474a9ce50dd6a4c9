package dev.godwit.engine.folder;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A write the file system refused for want of room, told as such: Java gives the operating system's words alone ("No space left
 * on device"), with no hint that freeing space and running the goal again is all it takes.
 */
public final class DiskFull {

    private DiskFull() {
    }

    /** Whether {@code e} is a write refused for want of room: ENOSPC, a user's quota (EDQUOT), Windows' words for both. */
    public static boolean is(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left on device") || m.contains("disk quota exceeded") || m.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the disk holding drizzle is full (No space left on device; 0.3 MB free there, and this writes 1.1 MB). Free space on it, then
     * run db:generate again": {@code where} is a folder on that disk (shown as {@code shown}), {@code writes} the bytes the goal
     * writes there (0: left out), {@code again} what to do once there is room.
     */
    public static String hint(Path where, String shown, long writes, String again) {
        String free = free(where);
        free = free == null ? "" : "; " + free;
        String needs = writes > 0 ? (free.isEmpty() ? "; " : ", and ") + "this writes " + megabytes(writes) : "";
        return "the disk holding " + shown + " is full (No space left on device" + free + needs + "). Free space on it, then " + again;
    }

    /** "0.3 MB free there": the room left on the disk holding {@code where} (or its nearest folder that exists); null where unknown. */
    public static String free(Path where) {
        try {
            Path existing = where;
            while (existing != null && !Files.exists(existing)) existing = existing.getParent();
            return existing == null ? null : megabytes(Files.getFileStore(existing).getUsableSpace()) + " free there";
        } catch (IOException | RuntimeException unknown) {
            return null;   // the room left is a help, not needed to say the disk is full
        }
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(Math.max(bytes, 0) / 1024.0 / 1024.0).setScale(1, RoundingMode.UP).toPlainString() + " MB";
    }
}
