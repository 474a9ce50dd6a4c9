package dev.godwit.engine.sql;

/** Keys for maps of names compared as {@link String#equalsIgnoreCase} compares them, so a lookup replaces a search. */
public final class IgnoreCaseKey {

    private IgnoreCaseKey() {
    }

    /** Equal for two names exactly when {@code equalsIgnoreCase} says they are: it folds each code point this way. */
    public static String of(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return sb.toString();
    }
}
