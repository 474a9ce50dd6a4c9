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

    /** "permission denied", "it does not exist", "/p/target/godwit is a file, not a folder", or the file system's own words. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "it does not exist";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException f && f.getFile() != null && !Files.isDirectory(Path.of(f.getFile()))) {
            return f.getFile() + " is a file, not a folder";   // what Files.createDirectories throws for a file in a folder's place
        }
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
