package dev.godwit.schema.model;

/** Whether a text is one JSON value (RFC 8259), as {@code JSON.parse} and SQLite's {@code json_valid} take it. */
final class JsonSyntax {

    private final String s;
    private int i;

    private JsonSyntax(String s) {
        this.s = s;
    }

    static boolean valid(String text) {
        JsonSyntax p = new JsonSyntax(text);
        try {
            p.space();
            p.value(0);
            p.space();
            return p.i == p.s.length();
        } catch (IllegalStateException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private void value(int depth) {
        if (depth > 1000) throw new IllegalStateException();
        char c = s.charAt(i);
        switch (c) {
            case '{' -> {
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return;
                }
                while (true) {
                    space();
                    string();
                    space();
                    expect(':');
                    space();
                    value(depth + 1);
                    space();
                    if (s.charAt(i) == ',') i++;
                    else break;
                }
                expect('}');
            }
            case '[' -> {
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return;
                }
                while (true) {
                    space();
                    value(depth + 1);
                    space();
                    if (s.charAt(i) == ',') i++;
                    else break;
                }
                expect(']');
            }
            case '"' -> string();
            default -> {
                if (word("true") || word("false") || word("null")) return;
                number();
            }
        }
    }

    private boolean word(String w) {
        if (!s.startsWith(w, i)) return false;
        i += w.length();
        return true;
    }

    private void number() {
        int start = i;
        java.util.regex.Matcher m = NUMBER.matcher(s).region(i, s.length());
        if (!m.lookingAt()) throw new IllegalStateException();
        i = start + m.group().length();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

    private void string() {
        expect('"');
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') return;
            if (c < 0x20) throw new IllegalStateException();
            if (c == '\\') {
                char e = s.charAt(i++);
                if (e == 'u') {
                    for (int k = 0; k < 4; k++) {
                        if (Character.digit(s.charAt(i++), 16) < 0) throw new IllegalStateException();
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw new IllegalStateException();
                }
            }
        }
    }

    private void expect(char c) {
        if (s.charAt(i) != c) throw new IllegalStateException();
        i++;
    }

    private void space() {
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) i++;
    }
}
