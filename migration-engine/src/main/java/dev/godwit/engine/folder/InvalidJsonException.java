package dev.godwit.engine.folder;

/** Text that is not JSON, with where (1-based line and column) and why. */
public final class InvalidJsonException extends Exception {
    private final String reason;
    private final int line;
    private final int column;

    InvalidJsonException(String reason, int line, int column) {
        super(reason + " at line " + line + ", column " + column);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
