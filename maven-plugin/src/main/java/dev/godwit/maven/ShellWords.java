package dev.godwit.maven;

/** Arguments of a command the log prints for copying into a shell. */
final class ShellWords {

    private ShellWords() {
    }

    /** The argument as a POSIX shell reads it back: as it is when it holds only plain path characters, else single-quoted. */
    static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
