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

    public static Map<String, String> read(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) return out;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                if (l.startsWith("export ")) l = l.substring(7).strip();
                int eq = l.indexOf('=');
                if (eq <= 0) continue;
                String key = l.substring(0, eq).strip();
                String value = l.substring(eq + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                } else {
                    int hash = value.indexOf(" #");
                    if (hash >= 0) value = value.substring(0, hash).strip();
                }
                out.put(key, value);
            }
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
