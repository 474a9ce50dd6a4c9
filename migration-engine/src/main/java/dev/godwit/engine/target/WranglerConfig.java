package dev.godwit.engine.target;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.godwit.engine.GodwitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of wrangler's configuration ({@code wrangler.json}, {@code wrangler.jsonc} or
 * {@code wrangler.toml}) that concern D1: {@code account_id} and the {@code d1_databases} of the
 * top level and of each {@code [env.NAME]}, read as wrangler reads them:
 * <ul>
 *   <li>the file: {@code wrangler.json}, then {@code wrangler.jsonc}, then {@code wrangler.toml}
 *       (wrangler's {@code findWranglerConfig} order);</li>
 *   <li>{@code d1_databases} is not inherited by environments: an environment without its own list has none;</li>
 *   <li>{@code account_id} is inherited from the top level (an empty one in an environment too);</li>
 *   <li>a byte-order mark at the start is skipped;</li>
 *   <li>{@code migrations_dir} defaults to {@code migrations}, {@code migrations_table} to {@code d1_migrations}
 *       (wrangler's defaults; {@link Binding} keeps whether they were set).</li>
 * </ul>
 */
public final class WranglerConfig {

    /** wrangler's order of preference at one directory. */
    public static final List<String> FILE_NAMES = List.of("wrangler.json", "wrangler.jsonc", "wrangler.toml");

    /** Built on first use: a project without wrangler's config should not pay Jackson's set-up (a few hundred ms in a fresh JVM). */
    private static final class Parsers {
        static final ObjectMapper JSONC = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
                // anything after the object is an error to wrangler's parser (EndOfFileExpected); Jackson stopped at the first value
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        static final TomlMapper TOML = new TomlMapper();
    }

    /** One entry of {@code d1_databases}. Null fields were not set; {@code remote}: wrangler dev serves it from the deployed database. */
    public record Binding(String binding, String databaseName, String databaseId, String previewDatabaseId, String migrationsDir,
                          String migrationsTable, String migrationsPattern, boolean remote) {

        /**
         * The name wrangler's local D1 gives the database's file: preview_database_id, else database_id, else binding, each
         * taken when set at all, an empty string too ({@code ??} in wrangler's executeLocally and d1DatabaseEntry: with
         * {@code preview_database_id = ""} both wrangler dev and {@code d1 migrations apply --local} use the file for "").
         */
        public String localIdentity() {
            return previewDatabaseId != null ? previewDatabaseId : databaseId != null ? databaseId : binding;
        }

        /** What wrangler's commands take as NAME: database_name, else the binding. */
        public String commandName() {
            return first(databaseName, binding, databaseId);
        }

        private static String first(String... values) {
            for (String v : values) if (v != null && !v.isBlank()) return v;
            return null;
        }
    }

    /**
     * The top level ({@code name == null}) or one {@code [env.NAME]}. {@code workerName} is the Worker's {@code name} as wrangler
     * reads it for the section: an environment's own, else the top level's with {@code -NAME} appended; null when none is set.
     */
    public record Section(String name, String accountId, boolean accountInherited, List<Binding> d1Databases, String workerName,
                          List<String> unknownBindingKeys, String complianceRegion) {
        /** How messages name it: {@code wrangler.toml [env.staging]} or {@code wrangler.toml (top level)}. */
        public String where(Path file) {
            return file.getFileName() + (name == null ? " (top level)" : " [env." + name + "]");
        }
    }

    private final Path file;
    private final Section top;
    private final Map<String, Section> envs;
    /** Environments wrangler could not use (a d1_databases entry without binding, say), with why: refused only when chosen. */
    private final Map<String, GodwitException> brokenEnvs;

    private final List<String> environmentNames;

    /** Whether the file has an {@code env} table, even an empty one. */
    private final boolean hasEnvTable;

    private WranglerConfig(Path file, Section top, Map<String, Section> envs, Map<String, GodwitException> brokenEnvs, List<String> environmentNames,
                           boolean hasEnvTable) {
        this.file = file;
        this.top = top;
        this.envs = envs;
        this.brokenEnvs = brokenEnvs;
        this.environmentNames = List.copyOf(environmentNames);
        this.hasEnvTable = hasEnvTable;
    }

    public Path file() {
        return file;
    }

    public Section top() {
        return top;
    }

    /** The names of the usable environments that bind a D1 database, in the file's order. */
    public List<String> environmentsWithD1() {
        return envs.entrySet().stream().filter(e -> !e.getValue().d1Databases().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** The top level and every usable environment, {@code section} left out: where else a binding may be configured. */
    public List<Section> sectionsOtherThan(Section section) {
        List<Section> out = new ArrayList<>();
        if (top != section) out.add(top);
        for (Section e : envs.values()) if (e != section) out.add(e);
        return out;
    }

    /** Every environment the file defines, in its order, usable or not. */
    public List<String> environmentNames() {
        return environmentNames;
    }

    /**
     * Whether wrangler, given an environment the file does not define, goes on with the top level (with a warning): only when the
     * file has no {@code env} at all. An empty {@code [env]} table (or {@code "env": {}}) defines no environment, yet wrangler then
     * refuses the name (workers-utils config/validation.ts, normalizeAndValidateConfig: the "No environment found" message is an
     * error whenever {@code rawConfig.env} is set, a warning only without it).
     */
    public boolean unknownEnvironmentFallsBackToTopLevel() {
        return !hasEnvTable;
    }

    /** The environments that can be used; one with a setting wrangler would refuse is left out ({@link #section(String, String)} names it). */
    public Map<String, Section> envs() {
        return envs;
    }

    /**
     * {@code dir} and the folders above it, up to the repository's root (.git): a Maven project of its own (.mvn) inside a
     * repository whose Worker config sits at the repository's root still finds it, as wrangler run there would. Without a
     * repository, up to the build's root (.mvn), else to the file system's root.
     */
    private static List<Path> searchedFolders(Path dir) {
        List<Path> up = new ArrayList<>();
        for (Path d = dir == null ? null : dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) up.add(d);
        for (String root : List.of(".git", ".mvn")) {
            for (int i = 0; i < up.size(); i++) {
                if (Files.exists(up.get(i).resolve(root))) return up.subList(0, i + 1);
            }
        }
        return up;
    }

    /**
     * The config file wrangler would use from {@code dir}: the first of {@link #FILE_NAMES} there, else in the nearest parent
     * folder that has one (wrangler looks upwards too, so a module of a multi-module build finds the repository's config), up
     * to the root of the repository (the folder holding {@code .git}), or of the build (the nearest holding {@code .mvn}) when no
     * repository is above, and no further, so an unrelated config above it, in a home folder say, is never picked up; null
     * when there is none. wrangler looks for each name in
     * every folder up before the next name, so a {@code wrangler.json} above a nearer {@code wrangler.toml} is what it reads:
     * that case is an error naming both, as Godwit would otherwise work on another database than wrangler.
     */
    public static Path find(Path dir) {
        List<Path> folders = searchedFolders(dir);
        // wrangler (findWranglerConfig) looks for wrangler.json in every folder up, then for wrangler.jsonc, then wrangler.toml
        Path wranglers = null;
        for (String n : FILE_NAMES) {
            for (Path d : folders) {
                if (wranglers == null && Files.isRegularFile(d.resolve(n))) wranglers = d.resolve(n);
            }
        }
        if (wranglers == null) return null;
        for (Path d : folders) {
            Path nearest = FILE_NAMES.stream().map(d::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
            if (nearest == null) continue;
            if (nearest.equals(wranglers)) break;
            throw new GodwitException(GodwitException.Kind.BROKEN, "Two wrangler configs: " + nearest + " is the nearest, but wrangler, run from "
                    + folders.get(0) + ", reads " + wranglers + " (it looks for " + wranglers.getFileName() + " in every folder above before it"
                    + " looks for " + nearest.getFileName() + "), so Godwit and wrangler would pick different databases. Point"
                    + " -Ddb.wrangler.config at the one you mean (and give wrangler the same with --config), or remove the other.");
        }
        return wranglers;
    }

    /** Reads and parses a config file; a broken one is a {@code BROKEN} error naming the file and line. */
    public static WranglerConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot read wrangler's config " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);   // wrangler strips a byte-order mark too
        boolean toml = file.getFileName().toString().endsWith(".toml");
        JsonNode root;
        try {
            root = toml ? readToml(text) : Parsers.JSONC.readTree(text);
        } catch (JacksonException e) {
            JsonLocation l = e.getLocation();
            String at = l == null || l.getLineNr() < 1 ? "" : " line " + l.getLineNr() + (l.getColumnNr() > 0 ? ", column " + l.getColumnNr() : "");
            // the parser's own words only: its message may carry its source location again ("\n at [Source: (StringReader); ..."), and a
            // chained cause is printed by Maven after ours, Jackson's internals twice over
            String says = String.valueOf(e.getOriginalMessage());
            int source = says.indexOf("\n at [Source");
            if (source >= 0) says = says.substring(0, source);
            GodwitException invalid = new GodwitException(GodwitException.Kind.BROKEN, "wrangler's config " + file + at + " is not valid "
                    + (toml ? "TOML" : "JSON") + ": " + says.strip() + ". Fix the file (wrangler cannot read it either), or point"
                    + " -Ddb.wrangler.config at another one.");
            invalid.addSuppressed(e);
            throw invalid;
        }
        if (root == null || !root.isObject()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "wrangler's config " + file + " is empty or not an object; expected keys such as"
                    + " name, account_id and d1_databases");
        }
        Section top = section(file, null, root);
        Map<String, Section> envs = new LinkedHashMap<>();
        Map<String, GodwitException> brokenEnvs = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        JsonNode env = root.get("env");
        if (env != null) {
            if (!env.isObject()) throw shape(file, "\"env\" must be a table of environments ([env.NAME])");
            for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                names.add(e.getKey());
                Section s;
                try {
                    if (!e.getValue().isObject()) throw shape(file, "env." + e.getKey() + " must be a table");
                    s = section(file, e.getKey(), e.getValue());
                } catch (GodwitException broken) {
                    // wrangler checks the top level and the environment it runs in only: an environment being set up stops no other
                    brokenEnvs.put(e.getKey(), broken);
                    continue;
                }
                // account_id is inheritable in wrangler (an empty one counts as unset); d1_databases is not; name is, with -ENV appended
                String worker = s.workerName() != null ? s.workerName() : top.workerName() == null ? null : top.workerName() + "-" + e.getKey();
                boolean own = s.accountId() != null && !s.accountId().isBlank();
                // compliance_region is inheritable too (wrangler's validation.ts: inheritable(..., "compliance_region", ...))
                envs.put(e.getKey(), new Section(s.name(), own ? s.accountId() : top.accountId(), !own && top.accountId() != null, s.d1Databases(), worker,
                        s.unknownBindingKeys(), s.complianceRegion() != null ? s.complianceRegion() : top.complianceRegion()));
            }
        }
        return new WranglerConfig(file, top, envs, brokenEnvs, names, env != null);
    }

    /**
     * TOML as current wrangler reads it (smol-toml 1.9, TOML 1.1): an inline table may run over several lines, hold comments and end
     * with a comma ({@code d1_databases = [ { binding = "DB", database_id = "...",\n migrations_dir = "drizzle" }, ]}). Jackson's parser
     * reads TOML 1.0, refused such a file as "not valid TOML ... wrangler cannot read it either" while wrangler used it. A file
     * Jackson refuses is read again with each inline table on one line; when that fails too, the first error stands (its line is
     * the file's).
     */
    private static JsonNode readToml(String text) throws JacksonException {
        try {
            return Parsers.TOML.readTree(text);
        } catch (JacksonException e) {
            String oneLine = inlineTablesOnOneLine(text);
            if (oneLine == null) throw e;
            try {
                return Parsers.TOML.readTree(oneLine);
            } catch (JacksonException again) {
                throw e;
            }
        }
    }

    /**
     * {@code text} with TOML 1.1's inline tables written as TOML 1.0 has them: line breaks in them turned to spaces, their comments
     * dropped, a comma before the closing brace dropped; strings (basic, literal, multi-line) and comments outside inline tables are
     * left as they are. Null when there was nothing to change.
     */
    static String inlineTablesOnOneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean changed = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = stringEnd(text, i, c);
                out.append(text, i, end);
                i = end;
                continue;
            }
            if (c == '#') {
                int eol = text.indexOf('\n', i);
                if (eol < 0) eol = n;
                if (depth == 0) out.append(text, i, eol);
                else changed = true;
                i = eol;
                continue;
            }
            if (depth > 0 && (c == '\n' || c == '\r')) {
                out.append(' ');
                changed = true;
                i++;
                continue;
            }
            if (c == '{') depth++;
            if (c == '}' && depth > 0) {
                int j = out.length() - 1;
                while (j >= 0 && Character.isWhitespace(out.charAt(j))) j--;
                if (j >= 0 && out.charAt(j) == ',') {
                    out.setLength(j);
                    out.append(' ');
                    changed = true;
                }
                depth--;
            }
            out.append(c);
            i++;
        }
        return changed ? out.toString() : null;
    }

    /** The index just after the TOML string starting at {@code start} with {@code quote}; the text's end when it is not closed. */
    private static int stringEnd(String text, int start, char quote) {
        String three = String.valueOf(quote).repeat(3);
        boolean multi = text.startsWith(three, start);
        boolean basic = quote == '"';
        int n = text.length();
        for (int i = start + (multi ? 3 : 1); i < n; i++) {
            char c = text.charAt(i);
            if (basic && c == '\\') {
                i++;
                continue;
            }
            if (!multi && (c == quote || c == '\n')) return c == quote ? i + 1 : i;
            if (multi && text.startsWith(three, i)) {
                int end = i + 3;
                // up to two quotes more close the string with them inside it (""""" ends in ""), as TOML reads them
                for (int k = 0; k < 2 && end < n && text.charAt(end) == quote; k++) end++;
                return end;
            }
        }
        return n;
    }

    private static Section section(Path file, String envName, JsonNode node) {
        String where = envName == null ? "" : "env." + envName + ".";
        String accountId = text(file, node, "account_id", where);
        List<Binding> bindings = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        JsonNode d1 = node.get("d1_databases");
        if (d1 != null) {
            if (!d1.isArray()) throw shape(file, where + "d1_databases must be a list ([[" + where + "d1_databases]] in TOML)");
            int i = 0;
            for (JsonNode b : d1) {
                String at = where + "d1_databases[" + i++ + "]";
                if (!b.isObject()) throw shape(file, at + " must be a table with binding, database_name, database_id");
                String binding = text(file, b, "binding", at + ".");
                if (binding == null || binding.isBlank()) throw shape(file, at + " has no \"binding\"; wrangler requires one");
                bindings.add(new Binding(binding, text(file, b, "database_name", at + "."), text(file, b, "database_id", at + "."),
                        text(file, b, "preview_database_id", at + "."), text(file, b, "migrations_dir", at + "."),
                        text(file, b, "migrations_table", at + "."), text(file, b, "migrations_pattern", at + "."),
                        bool(file, b, "remote", at + ".")));
                b.fieldNames().forEachRemaining(k -> {
                    if (!BINDING_KEYS.contains(k)) unknown.add(at + "." + k);
                });
            }
        }
        String region = text(file, node, "compliance_region", where);
        // wrangler accepts only these two (isOneOf("public", "fedramp_high")) and refuses the config otherwise
        if (region != null && !region.equals("public") && !region.equals("fedramp_high")) {
            throw shape(file, where + "compliance_region must be \"public\" or \"fedramp_high\", not \"" + region + "\"");
        }
        return new Section(envName, accountId, false, List.copyOf(bindings), text(file, node, "name", where), List.copyOf(unknown), region);
    }

    /**
     * The keys wrangler 4 knows in a d1_databases entry (validateD1Binding); others it warns of and ignores, as Godwit does.
     * {@code jurisdiction} is one since wrangler learned it for D1 (config-schema.json: "The jurisdiction where an automatically
     * provisioned D1 database will be created"): it changes where {@code wrangler deploy} creates a binding's database, never which
     * database the migrations reach, and wrangler no longer warns of it. Said to be unknown, with "Fix the name", it was removed, and
     * the next provisioned database was created outside the EU.
     */
    private static final java.util.Set<String> BINDING_KEYS = java.util.Set.of("binding", "database_id", "database_internal_env", "database_name",
            "jurisdiction", "migrations_dir", "migrations_pattern", "migrations_table", "preview_database_id", "remote");

    /**
     * The warning for {@code section}'s d1_databases keys wrangler does not know, with the known key each seems to mean
     * ({@code migrationsDir}: migrations_dir): ignored, the binding falls back to a default (its folder, its history table)
     * without a word where wrangler at least warns. Null when there are none.
     */
    public String unknownBindingKeysWarning(Section section) {
        if (section.unknownBindingKeys().isEmpty()) return null;
        List<String> named = new ArrayList<>();
        for (String path : section.unknownBindingKeys()) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            String meant = BINDING_KEYS.stream().filter(k -> squashed(k).equals(squashed(key))).findFirst().orElse(null);
            named.add(path + (meant == null ? "" : " (did you mean " + meant + "?)"));
        }
        return section.where(file) + ": " + String.join(", ", named) + (named.size() == 1 ? " is a key" : " are keys") + " wrangler does not"
                + " know in a D1 binding: ignored, by Godwit as by wrangler (which warns \"Unexpected fields found\"), so what it was meant"
                + " to set keeps its default. Fix the name in " + file.getFileName() + ".";
    }

    private static String squashed(String key) {
        return key.replace("_", "").replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(Path file, JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        // a JSON null is a value of the wrong type to wrangler (isOptionalProperty, isString), not a missing one
        if (v == null) return null;
        if (!v.isTextual()) throw shape(file, where + key + " must be a string, not " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        return v.asText();
    }

    /** An optional boolean: unset is false (wrangler's {@code isOptionalProperty(..., "boolean")}). */
    private static boolean bool(Path file, JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null) return false;
        if (!v.isBoolean()) throw shape(file, where + key + " must be true or false, not " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        return v.asBoolean();
    }

    private static GodwitException shape(Path file, String what) {
        return new GodwitException(GodwitException.Kind.BROKEN, "wrangler's config " + file + ": " + what + ".");
    }

    /** The section {@code -Ddb.env} names (null: the top level); an unknown name is an error listing the environments. */
    public Section section(String envName) {
        return section(envName, "-Ddb.env=" + envName);
    }

    /** As {@link #section(String)}; {@code named} says where the name came from, for the error ({@code CLOUDFLARE_ENV=qa}). */
    public Section section(String envName, String named) {
        if (envName == null || envName.isBlank()) return top;
        Section s = envs.get(envName.strip());
        if (brokenEnvs.containsKey(envName.strip())) throw brokenEnvs.get(envName.strip());
        if (s == null) {
            List<String> names = environmentNames();
            // with no environments at all, "pick one of those" named none: say what the choices are
            // wrangler given --env NAME on a config without environments warns and goes on with the top level; Godwit refuses: a
            // mistyped or leftover name would send the migrations to the top level's database, which is often production's
            String n = envName.strip();
            throw new GodwitException(GodwitException.Kind.BROKEN, named + ": " + file + " has no [env." + n + "]"
                    + (!hasEnvTable ? "; it defines no environments, only a top level" + (top.d1Databases().isEmpty() ? ""
                    : ", whose D1 database is " + describe(top.d1Databases())) + ". wrangler given --env " + n + " here warns and uses the"
                    + " top level anyway; Godwit does not, as a mistyped or leftover environment name would send these migrations to the top"
                    + " level's database, often production's. Leave db.env out to work on the top level's database, or add [env." + n + "]"
                    + " with its own d1_databases to the file. Nothing was done."
                    : names.isEmpty() ? "; its [env] table defines no environment (wrangler refuses --env " + n + " there too). Add [env." + n + "]"
                    + " with its own d1_databases, or leave db.env out for the top level."
                    : "; its environments: " + String.join(", ", names) + ". Pick one of those, or give -Ddb.env= (empty, as wrangler's"
                    + " --env=\"\") for the top level" + (n.equals("true") && named.startsWith("-Ddb.env=")
                    ? " (-Ddb.env without a value is -Ddb.env=true to Maven)" : "") + "."));
        }
        return s;
    }

    /**
     * The D1 binding to use in {@code section}: the one named by {@code -Ddb.d1.binding} (binding or database_name,
     * as wrangler matches them), the only one, or null when the section has none.
     */
    public Binding binding(Section section, String bindingName) {
        return binding(section, bindingName, false);
    }

    /** As {@link #binding(Section, String)}; {@code byVariable}: CLOUDFLARE_ENV chose the section, which the error says. */
    public Binding binding(Section section, String bindingName, boolean byVariable) {
        List<Binding> all = section.d1Databases();
        if (bindingName != null && !bindingName.isBlank()) {
            String n = bindingName.strip();
            for (Binding b : all) if (n.equals(b.binding()) || n.equals(b.databaseName())) return b;
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.binding=" + n + ": " + section.where(file) + " has no D1 binding of that name"
                    + (all.isEmpty() ? " (it has no d1_databases)" : "; its D1 bindings: " + describe(all)) + "." + anId(all, n) + elsewhere(section, n));
        }
        if (all.isEmpty()) {
            if (section.name() != null) {
                throw new GodwitException(GodwitException.Kind.BROKEN, (byVariable ? "the environment variable CLOUDFLARE_ENV=" : "-Ddb.env=")
                        + section.name() + ": [env." + section.name() + "] in " + file + " has no d1_databases. wrangler does not inherit"
                        + " d1_databases from the top level: add [[env." + section.name() + ".d1_databases]] with binding, database_name and"
                        + " database_id (this environment's own database)" + (byVariable ? ", or unset CLOUDFLARE_ENV to work on the top level's." : "."));
            }
            return null;
        }
        if (all.size() == 1) return all.get(0);
        throw new GodwitException(GodwitException.Kind.BROKEN, section.where(file) + " has " + all.size() + " D1 bindings: " + describe(all)
                + ". Pick one with -Ddb.d1.binding=NAME (or <d1Binding> in the plugin configuration).");
    }

    /**
     * wrangler refuses a config whose environment binds two d1_databases under one name ("Bindings must have unique names"),
     * checked for the environment it runs in only; so does Godwit, for the section it works on: neither entry could be picked.
     */
    public void requireUniqueBindings(Section section) {
        Map<String, List<Binding>> byName = new LinkedHashMap<>();
        for (Binding b : section.d1Databases()) byName.computeIfAbsent(b.binding(), k -> new ArrayList<>()).add(b);
        for (Map.Entry<String, List<Binding>> e : byName.entrySet()) {
            if (e.getValue().size() < 2) continue;
            List<String> which = e.getValue().stream().map(b -> b.databaseName() != null ? "database_name " + b.databaseName()
                    : b.databaseId() != null ? "database_id " + b.databaseId() : "no database_name or database_id").toList();
            throw new GodwitException(GodwitException.Kind.BROKEN, section.where(file) + " has " + e.getValue().size() + " d1_databases with the binding "
                    + e.getKey() + " (" + String.join(", ", which) + "); wrangler refuses that too (bindings must have unique names), so neither"
                    + " could be told from the other. Give each its own binding, or remove the one you do not use. Nothing was done.");
        }
    }

    /**
     * A binding's database_id or preview_database_id given as -Ddb.d1.binding (wrangler's NAME is a binding or database_name): which
     * binding it is, and the two ways to say it; "" otherwise.
     */
    private static String anId(List<Binding> all, String n) {
        for (Binding b : all) {
            String key = n.equalsIgnoreCase(b.databaseId()) ? "database_id" : n.equalsIgnoreCase(b.previewDatabaseId()) ? "preview_database_id" : null;
            if (key != null) {
                return " " + n + " is the " + key + " of binding " + b.binding() + ": pass -Ddb.d1.binding=" + b.binding() + ", or -Ddb.d1.databaseId="
                        + n + " for that database itself.";
            }
        }
        return "";
    }

    /** Where else a binding or database_name is bound ("[env.staging] has it: add -Ddb.env=staging"), or "". */
    private String elsewhere(Section section, String n) {
        List<Section> others = new ArrayList<>();
        others.add(top);
        others.addAll(envs.values());
        for (Section other : others) {
            if (other == section) continue;
            for (Binding b : other.d1Databases()) {
                if (!n.equals(b.binding()) && !n.equals(b.databaseName())) continue;
                return " " + other.where(file) + " has it (binding " + b.binding() + "): " + (other.name() == null
                        ? "leave -Ddb.env (and CLOUDFLARE_ENV) out for the top level." : "add -Ddb.env=" + other.name() + ".");
            }
        }
        return "";
    }

    /**
     * The NAME that wrangler's d1 commands, run on {@code section} (its {@code --env}), resolve to {@code b}: its database_name, else
     * its binding, whichever wrangler's getDatabaseInfoFromConfig (the first entry whose database_name or binding equals NAME, in
     * the file's order) finds {@code b} by; null when neither does. A database_name that is an earlier entry's binding (binding DB,
     * then binding ANALYTICS with database_name "DB") names that earlier entry to wrangler: printed for ANALYTICS, {@code wrangler
     * d1 time-travel restore DB --bookmark=...} restored DB's database.
     */
    public static String wranglerName(Section section, Binding b) {
        for (String n : new String[] {b.databaseName(), b.binding()}) {
            if (n == null || n.isBlank()) continue;
            for (Binding o : section.d1Databases()) {
                if (!n.equals(o.databaseName()) && !n.equals(o.binding())) continue;
                if (o.equals(b)) return n;
                break;
            }
        }
        return null;
    }

    static String describe(List<Binding> all) {
        List<String> out = new ArrayList<>();
        for (Binding b : all) {
            out.add(b.binding() + (b.databaseName() != null ? " (database_name " + b.databaseName() + ")" : ""));
        }
        return String.join(", ", out);
    }
}
