package dev.godwit.engine;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Why a file could not be made or written, in words: Java's message for a missing or refused folder is its path alone. */
public final class Unwritable {

    private Unwritable() {
    }

    /** "permission denied", "it does not exist", "/p/target is a file, not a folder" (that folder, or one above it), or the file system's own words. */
    public static String reason(IOException e) {
        Path inTheWay = e instanceof FileSystemException f && f.getFile() != null ? fileAbove(Path.of(f.getFile())) : null;
        if (inTheWay != null) return inTheWay + " is a file, not a folder";   // the file system says "Not a directory", naming neither
        if (e instanceof java.nio.file.NoSuchFileException) return "it does not exist";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException f && f.getFile() != null && !Files.isDirectory(Path.of(f.getFile()))) {
            return f.getFile() + " is a file, not a folder";   // what Files.createDirectories throws for a file in a folder's place
        }
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** The nearest folder above {@code file} that is a file instead, or null. */
    private static Path fileAbove(Path file) {
        for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) return null;
            if (Files.exists(p)) return p;
        }
        return null;
    }
}
