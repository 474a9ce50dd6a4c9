package dev.godwit.engine.target;

import dev.godwit.engine.GodwitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads wrangler's {@code .dev.vars} (dotenv syntax: {@code KEY=value}, optional quotes, {@code #} comments). */
public final class DevVars {

    private DevVars() {
    }

    /**
     * A value as dotenv (which wrangler uses for {@code .dev.vars}) reads it: quoted ({@code "}, {@code '} or a backtick), what
     * stands between the quotes, a comment after them passed over ({@code TOKEN="abc" # D1 edit} is {@code abc}; it was read
     * with its quotes, and the token refused); unquoted, up to the first {@code #}.
     */
    static String value(String raw) {
        if (!raw.isEmpty() && (raw.charAt(0) == '"' || raw.charAt(0) == '\'' || raw.charAt(0) == '`')) {
            int end = raw.indexOf(raw.charAt(0), 1);
            if (end > 0) return raw.substring(1, end);
        }
        int hash = raw.indexOf('#');
        return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    }

    public static Map<String, String> read(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) return out;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                // a leading byte-order mark (Windows Notepad) is white space to dotenv's \s, as a tab after export is
                String l = line.strip();
                while (l.startsWith("\uFEFF")) l = l.substring(1).strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                if (l.matches("(?s)export\\s.*")) l = l.substring(7).strip();
                int eq = l.indexOf('=');
                if (eq <= 0) continue;
                String key = l.substring(0, eq).strip();
                out.put(key, value(l.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
