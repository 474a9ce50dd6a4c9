package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated rows satisfy NOT NULL, CHECK, UNIQUE and foreign keys, and are the same on every run. */
class RowGeneratorTest {

    static final List<String> SCHEMA = List.of(
            "CREATE TABLE orgs (id integer PRIMARY KEY, slug text NOT NULL UNIQUE, tier text NOT NULL CHECK (tier IN ('free', 'pro')))",
            "CREATE TABLE users (id integer PRIMARY KEY, org_id integer NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,"
                    + " email text NOT NULL, age integer CHECK (age >= 18 AND age < 130), manager_id integer REFERENCES users(id),"
                    + " CONSTRAINT users_email_at CHECK (instr(email, '@') > 0), UNIQUE (org_id, email))",
            "CREATE TABLE memberships (user_id integer NOT NULL REFERENCES users(id), org_id integer NOT NULL REFERENCES orgs(id),"
                    + " role text NOT NULL DEFAULT 'member', PRIMARY KEY (user_id, org_id)) WITHOUT ROWID",
            "CREATE TABLE a (id integer PRIMARY KEY, b_id integer REFERENCES b(id))",
            "CREATE TABLE b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a(id))");

    static List<String> dump(Replica r) {
        List<String> out = new ArrayList<>();
        for (String t : List.of("orgs", "users", "memberships", "a", "b")) {
            for (Map<String, Object> row : r.query("SELECT * FROM " + t + " ORDER BY 1, 2")) out.add(t + " " + row);
        }
        return out;
    }

    @Test
    void fillsEveryTableWithRowsTheConstraintsAcceptDeterministically() {
        List<String> first;
        try (Replica r = Replica.empty()) {
            r.runAtomically(SCHEMA, false);
            RowGenerator.Result result = new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            assertEquals(15, result.rowsInserted());
            for (String t : List.of("orgs", "users", "memberships", "a", "b")) {
                assertEquals(3L, r.count("SELECT count(*) FROM " + t), t);
            }
            assertEquals(0, r.query("PRAGMA foreign_key_check").size());
            assertEquals(0L, r.count("SELECT count(*) FROM users WHERE instr(email, '@') = 0 OR age < 18"));
            first = dump(r);
        }
        try (Replica r = Replica.empty()) {
            r.runAtomically(SCHEMA, false);
            new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            assertEquals(first, dump(r));
        }
    }

    /**
     * Two tables whose NOT NULL keys reference each other (a.b_id -> b UNIQUE, b.a_id -> a): no order fills one first, so both
     * stayed empty ("no row in "b" for the required foreign key") and db:verify's replay tried nothing on them (a rebuild's cut
     * firing an audit trigger, which the pre-flight refuses on real rows, passed). The first table's rows go in with foreign
     * keys off and are pointed at the other's rows once those are there, each at one of its own (the UNIQUE index holds).
     */
    @Test
    void fillsTwoTablesWhoseRequiredReferencesFormACycle() {
        try (Replica r = Replica.empty()) {
            r.exec("PRAGMA foreign_keys=ON");
            r.runAtomically(List.of("CREATE TABLE a (id integer PRIMARY KEY, b_id integer NOT NULL UNIQUE REFERENCES b(id) ON DELETE SET NULL)",
                    "CREATE TABLE b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a(id) ON DELETE CASCADE)"), false);
            RowGenerator.Result result = new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            assertEquals(3L, r.count("SELECT count(*) FROM a"));
            assertEquals(3L, r.count("SELECT count(*) FROM b"));
            assertEquals(0, r.query("PRAGMA foreign_key_check").size());
            assertEquals(1L, r.count("PRAGMA foreign_keys"), "on again");
        }
    }

    /**
     * A cycle of required references where the first table's rows cannot all be linked (a.b_id UNIQUE, and b's CHECK lets it
     * hold two rows for a's three): the unlinked a row was deleted with foreign keys off, leaving the b rows that pointed at it
     * pointing at no row, so the replay started from rows PRAGMA foreign_key_check refuses and a later check blamed the
     * migration. A row pointing at the deleted one is pointed at another row of its parent (or goes with it, as far as the
     * references reach).
     */
    @Test
    void aRowOfARequiredCycleThatCannotBeLinkedLeavesNoRowPointingAtIt() {
        try (Replica r = Replica.empty()) {
            r.exec("PRAGMA foreign_keys=ON");
            r.runAtomically(List.of("CREATE TABLE a (id integer PRIMARY KEY, b_id integer NOT NULL UNIQUE REFERENCES b(id))",
                    "CREATE TABLE b (id integer PRIMARY KEY, code text NOT NULL UNIQUE CHECK (code IN ('x', 'y')),"
                            + " a_id integer NOT NULL REFERENCES a(id))"), false);
            new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            assertEquals(List.of(), r.query("PRAGMA foreign_key_check"));
            assertEquals(2L, r.count("SELECT count(*) FROM a"), "the a row no b row was left for goes");
            assertEquals(2L, r.count("SELECT count(*) FROM b"), "b's rows that pointed at it point at another a row");
            assertEquals(1L, r.count("PRAGMA foreign_keys"), "on again");
        }
    }

    /**
     * CHECKs a real schema has that no candidate met, so the table (and every table with a required reference to it) stayed
     * empty and what a migration did to its rows was not tried: a drizzle-kit rebuild of "docs" emptied its ON DELETE CASCADE
     * children and db:verify passed with a warning. Now a text a GLOB or LIKE pattern matches, JSON, a length a CHECK names
     * in capitals, and the next literal when one taken by an earlier row is UNIQUE.
     */
    @Test
    void fillsTablesWhoseChecksAskForPatternsJsonLengthsAndUniqueLiterals() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of(
                    "CREATE TABLE items (id integer PRIMARY KEY, code text NOT NULL UNIQUE CHECK (code GLOB '[A-Z][A-Z][A-Z]-[0-9]*'),"
                            + " sku text NOT NULL CHECK (\"sku\" LIKE 'SKU-%' AND length(sku) > 4), meta text NOT NULL CHECK (json_valid(meta) AND json_type(meta) = 'object'),"
                            + " cur text NOT NULL CHECK (length(cur) = 3 AND cur = upper(cur)), flag text CHECK (flag NOT GLOB '*[^a-z]*'))",
                    "CREATE TABLE roles (id integer PRIMARY KEY, name text NOT NULL UNIQUE CHECK (name IN ('admin', 'member', 'owner')))",
                    "CREATE TABLE item_tags (id integer PRIMARY KEY, item_id integer NOT NULL REFERENCES items(id) ON DELETE CASCADE)"), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            for (String t : List.of("items", "roles", "item_tags")) assertEquals(3L, r.count("SELECT count(*) FROM " + t), t);
            assertEquals(List.of(Map.of("name", "admin"), Map.of("name", "member"), Map.of("name", "owner")), r.query("SELECT name FROM roles ORDER BY name"));
        }
    }

    /**
     * A blob key whose CHECK names its length (UUID bytes, length(uuid) = 16) got two-byte blobs only, every insert failed the
     * CHECK, and the table and its children went without rows (f15_blob_primary_key_parent_rebuilt), as text columns do not.
     */
    @Test
    void aBlobWhoseCheckNamesItsLengthGetsBlobsOfThatLength() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of(
                    "CREATE TABLE devices (uuid blob PRIMARY KEY, name text, CONSTRAINT uuid_size CHECK (length(uuid) = 16))",
                    "CREATE TABLE readings (id integer PRIMARY KEY, device blob NOT NULL REFERENCES devices(uuid) ON DELETE CASCADE)"), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            for (String t : List.of("devices", "readings")) assertEquals(3L, r.count("SELECT count(*) FROM " + t), t);
            assertEquals(3L, r.count("SELECT count(*) FROM devices WHERE typeof(uuid) = 'blob' AND length(uuid) = 16"));
        }
    }

    /**
     * A JSON column read by an expression index, a partial index's WHERE or a generated column (json_extract(data, '$.email'),
     * common on D1) and by no CHECK got generated text that is not JSON, every insert failed on "malformed JSON", and the
     * table (and its children) were left without rows, so the D1 pre-flight did not cover them (f15_json_extract_indexes_over_renamed_column).
     */
    @Test
    void aJsonColumnReadByAnIndexOrAGeneratedColumnGetsJson() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of(
                    "CREATE TABLE profiles (id integer PRIMARY KEY, data text NOT NULL)",
                    "CREATE UNIQUE INDEX profiles_email ON profiles (json_extract(\"data\", '$.email')) WHERE json_extract(\"data\", '$.email') IS NOT NULL",
                    "CREATE TABLE events (id integer PRIMARY KEY, payload text, kind text GENERATED ALWAYS AS (json_extract(payload, '$.kind')) STORED)",
                    "CREATE TABLE visits (id integer PRIMARY KEY, profile_id integer NOT NULL REFERENCES profiles(id) ON DELETE CASCADE)"), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            for (String t : List.of("profiles", "events", "visits")) assertEquals(3L, r.count("SELECT count(*) FROM " + t), t);
            assertEquals(3L, r.count("SELECT count(*) FROM profiles WHERE json_valid(data)"));
        }
    }

    /**
     * A tree whose parent is required (the root is its own parent) got no rows, nor did every table referencing it, so a
     * migration that emptied its children through a cascade went unseen.
     */
    @Test
    void aTreeWithARequiredParentStartsWithARootThatIsItsOwnParent() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES nodes(id) ON DELETE CASCADE)",
                    "CREATE TABLE leaves (id integer PRIMARY KEY, node_id integer NOT NULL REFERENCES nodes(id) ON DELETE CASCADE)"), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            assertEquals(3L, r.count("SELECT count(*) FROM leaves"));
            assertEquals(1L, r.count("SELECT count(*) FROM nodes WHERE parent_id = id"));
            assertEquals(0, r.query("PRAGMA foreign_key_check").size());
        }
    }

    /**
     * One column under two foreign keys (links.ref -> a_ids and -> b_ids, as SQLite allows) needs a value both parents hold:
     * each key filled it from its own parent in turn, the second overwrote the first, every insert failed on the foreign key,
     * and db:verify's replay said it "could not give" links rows, so a rebuild of a_ids that cascades them away went unseen
     * (drizzle-kit's folder of f16_two_foreign_keys_on_one_column_one_parent_dropped, step 1).
     */
    @Test
    void aColumnUnderTwoForeignKeysGetsAValueBothParentsHold() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE a_ids (id integer PRIMARY KEY, note text)", "CREATE TABLE b_ids (id integer PRIMARY KEY, note text)",
                    "CREATE TABLE links (id integer PRIMARY KEY, ref integer NOT NULL, other integer,"
                            + " FOREIGN KEY (ref) REFERENCES a_ids(id) ON DELETE CASCADE, FOREIGN KEY (ref) REFERENCES b_ids(id) ON DELETE RESTRICT,"
                            + " FOREIGN KEY (other) REFERENCES a_ids(id) ON DELETE SET NULL)"), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            assertEquals(3L, r.count("SELECT count(*) FROM links"));
            assertEquals(3L, r.count("SELECT count(*) FROM links WHERE ref IN (SELECT id FROM a_ids) AND ref IN (SELECT id FROM b_ids)"));
            assertEquals(0, r.query("PRAGMA foreign_key_check").size());
        }
    }

    /**
     * A UNIQUE column limited to two literals takes two rows, not three: the replay warned that it "could not give" the table
     * rows and that what the migrations do to them "was not tried", though it held two. Only a table left empty is named.
     */
    @Test
    void aTableThatTakesFewerRowsIsNotReportedAsUnfilled() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE flags (id integer PRIMARY KEY, kind text NOT NULL UNIQUE CHECK (kind IN ('a', 'b')))",
                    "CREATE TABLE never (id integer PRIMARY KEY, v integer NOT NULL CHECK (v <> v))"), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(2L, r.count("SELECT count(*) FROM flags"));
            assertEquals(List.of("never"), List.copyOf(result.notFilled().keySet()));
        }
    }

    /**
     * CHECKs seen in real schemas (a date alone, a JSON array, a generated column's bound, ranges, lower-case texts, STRICT):
     * each table gets rows. A date-only CHECK (day IS date(day)) and json_type(x) = 'array' left their tables empty.
     */
    @Test
    void fillsTablesWithTheChecksRealSchemasHave() {
        String[] tables = {
            "CREATE TABLE g1 (id integer PRIMARY KEY, qty integer NOT NULL, price integer NOT NULL, total integer GENERATED ALWAYS AS (qty * price) VIRTUAL, CONSTRAINT total_small CHECK (total < 1000))",
            "CREATE TABLE g2 (id integer PRIMARY KEY, x integer NOT NULL UNIQUE CHECK (x > 0 AND x < 10))",
            "CREATE TABLE g3 (id integer PRIMARY KEY, name text NOT NULL CHECK (length(name) BETWEEN 3 AND 50), email text NOT NULL CHECK (email = lower(email)))",
            "CREATE TABLE g4 (id integer PRIMARY KEY, x NOT NULL CHECK (typeof(x) = 'integer'), created_at integer NOT NULL, updated_at integer NOT NULL, CHECK (created_at <= updated_at))",
            "CREATE TABLE g5 (id integer PRIMARY KEY, meta text NOT NULL CHECK (json_valid(meta)), active integer NOT NULL CHECK (active IN (0, 1)), ts integer NOT NULL CHECK (ts > 1600000000)) STRICT",
            "CREATE TABLE g6 (id integer PRIMARY KEY, price real NOT NULL CHECK (price >= 0.0), slug text NOT NULL UNIQUE CHECK (slug NOT LIKE '% %' AND slug = lower(slug)))",
            "CREATE TABLE g7 (id integer PRIMARY KEY, day text NOT NULL CHECK (day IS date(day)), at text NOT NULL CHECK (datetime(at) IS NOT NULL), ym text NOT NULL CHECK (ym GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'))",
            "CREATE TABLE g8 (id integer PRIMARY KEY, lat real NOT NULL CHECK (lat BETWEEN -90 AND 90), lng real NOT NULL CHECK (lng BETWEEN -180 AND 180), pct integer NOT NULL CHECK (pct BETWEEN 0 AND 100))",
            "CREATE TABLE g9 (id integer PRIMARY KEY, tags text NOT NULL CHECK (json_type(tags) = 'array'), color text NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'))",
        };
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of(tables), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            for (int i = 1; i <= 9; i++) assertTrue(r.count("SELECT count(*) FROM g" + i) >= (i == 2 ? 2 : 3), "g" + i);
            assertEquals(List.of(Map.of("tags", "[\"gen\",1]", "day", "2001-01-01")), r.query("SELECT tags, day FROM g9, g7 ORDER BY g9.id, g7.id LIMIT 1"));
        }
    }

    /**
     * A validation trigger (BEFORE INSERT ... WHEN NEW.email NOT LIKE '%_@_%' ... RAISE) refused every generated row, and the
     * generator moved all columns in turn like an odometer, so "email" was never reached: users and every table referencing it
     * stayed empty, and the replay tried nothing on them. The trigger's columns move now, and its patterns and literals are
     * candidates, as a CHECK's are.
     */
    @Test
    void fillsATableWhoseValidationTriggerRefusesTheFirstValues() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, status text NOT NULL, role text NOT NULL,"
                            + " plan text NOT NULL, email text NOT NULL, tier text NOT NULL)",
                    "CREATE TRIGGER users_email BEFORE INSERT ON users WHEN NEW.email NOT LIKE '%_@_%' OR NEW.tier NOT IN ('free', 'pro')"
                            + " BEGIN SELECT RAISE(ABORT, 'bad email or tier'); END",
                    "CREATE TABLE posts (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE)"), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            assertEquals(3L, r.count("SELECT count(*) FROM users WHERE email LIKE '%_@_%' AND tier IN ('free', 'pro')"));
            assertEquals(3L, r.count("SELECT count(*) FROM posts"));
        }
    }

    /**
     * CHECKs asking for a shape of value none of the candidates had: small positive numbers whose product is bounded, a text in an
     * INTEGER column (its affinity turns '1' into 1), a UUID, a fraction. Every table stayed empty; once the candidates are all
     * refused, the columns the CHECK reads now take other shapes together, and three rows go in.
     */
    @Test
    void fillsTablesWhoseChecksAskForOtherShapesOfValue() {
        String hex = "[0-9a-f]";
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE lines (id integer PRIMARY KEY, price real NOT NULL, qty integer NOT NULL,"
                            + " CHECK (price * qty < 1000 AND price > 0 AND qty > 0))",
                    "CREATE TABLE codes (id integer PRIMARY KEY, code integer NOT NULL UNIQUE, CHECK (typeof(code) = 'text'))",
                    "CREATE TABLE users (id text PRIMARY KEY NOT NULL, CHECK (length(id) = 36 AND id GLOB '*-*-*-*-*'))",
                    "CREATE TABLE devices (id text PRIMARY KEY NOT NULL, CHECK (id GLOB '" + hex.repeat(8) + "-" + hex.repeat(4) + "-" + hex.repeat(4)
                            + "-" + hex.repeat(4) + "-" + hex.repeat(12) + "'))",
                    "CREATE TABLE rates (id integer PRIMARY KEY, x real NOT NULL, CHECK (x > 0 AND x < 1))",
                    "CREATE TABLE tokens (id text PRIMARY KEY NOT NULL, CHECK (length(id) = 36 AND id GLOB '*-*-*-*-*' AND id = upper(id)))"), false);
            RowGenerator.Result result = new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            assertEquals("[{price=1.5, qty=1}, {price=2.5, qty=2}, {price=3.5, qty=3}]", r.query("SELECT price, qty FROM lines ORDER BY id").toString());
            assertEquals("[{code=gen-1, t=text}, {code=gen-2, t=text}, {code=gen-3, t=text}]",
                    r.query("SELECT code, typeof(code) AS t FROM codes ORDER BY id").toString());
            assertEquals("[{id=00000000-0000-4000-a000-000000124f81}, {id=00000000-0000-4000-a000-000000124f82}, {id=00000000-0000-4000-a000-000000124f83}]",
                    r.query("SELECT id FROM users ORDER BY rowid").toString());
            // the pattern's own text, the row's number picking its hex digits from the right (it has no * for the number)
            assertEquals("[{id=00000000-0000-0000-0000-000000000000}, {id=00000000-0000-0000-0000-000000000001}, {id=00000000-0000-0000-0000-000000000002}]",
                    r.query("SELECT id FROM devices ORDER BY rowid").toString());
            // rows 2 and 3 at the strict bounds' sides, a hundredth in (laterRowsTakeTheValuesAtASingleOrStrictBound)
            assertEquals("[{x=0.15}, {x=0.01}, {x=0.99}]", r.query("SELECT x FROM rates ORDER BY id").toString());
            assertEquals(3L, r.count("SELECT count(*) FROM tokens WHERE id GLOB '00000000-0000-4000-A000-*'"));
        }
    }

    /**
     * A table far down the order has keys far from 1,000,000 (each table its own range), so a CHECK bounding an integer under
     * that (x < 2000000) now needs the bound's neighbour below: it took only the 0 and 1 candidates, two rows when UNIQUE.
     */
    @Test
    void anUpperBoundGivesItsNeighbourBelow() {
        List<String> ddl = new ArrayList<>();
        for (int i = 0; i < 12; i++) ddl.add("CREATE TABLE t" + i + " (id integer PRIMARY KEY)");
        ddl.add("CREATE TABLE z (id integer PRIMARY KEY, x integer NOT NULL UNIQUE CHECK (x < 2000000))");
        try (Replica r = Replica.empty()) {
            r.runAtomically(ddl, false);
            new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            assertEquals(3L, r.count("SELECT count(*) FROM z"));
        }
    }

    /** Each table's generated keys are its own: rows copied from one table into another with the same shape do not collide. */
    @Test
    void tablesGetKeysOfTheirOwnSoRowsCopiedBetweenThemDoNotCollide() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE orders (id integer PRIMARY KEY, note text NOT NULL UNIQUE)",
                    "CREATE TABLE archived_orders (id integer PRIMARY KEY, note text NOT NULL)"), false);
            new RowGenerator(r, 9).fill(Introspector.introspect(r), 3);
            r.runAtomically(List.of("INSERT INTO archived_orders SELECT * FROM orders"), false);
            assertEquals(6L, r.count("SELECT count(*) FROM archived_orders"));
        }
    }

    @Test
    void aTextMatchingAPatternIsMade() {
        assertEquals("ABC-7", RowGenerator.matching("[A-Z]BC-*", true, 7));
        assertEquals("x-a10", RowGenerator.matching("[^0-9]-?*[0-9]", true, 1));
        assertEquals("SKU-3", RowGenerator.matching("SKU-%", false, 3));
        // no * : the row's number picks the sets' characters, the first row's text as before
        assertEquals("AAA-0000", RowGenerator.matching("[A-Z][A-Z][A-Z]-[0-9][0-9][0-9][0-9]", true, 1));
        assertEquals("AAA-0012", RowGenerator.matching("[A-Z][A-Z][A-Z]-[0-9][0-9][0-9][0-9]", true, 13));
        assertEquals("AAB-0000", RowGenerator.matching("[A-Z][A-Z][A-Z]-[0-9][0-9][0-9][0-9]", true, 10_001));
        assertEquals("sk_live_4", RowGenerator.matching("sk\\_live\\_%", false, 4, '\\'));
    }

    @Test
    void topsTablesUpWithoutTouchingTheirRows() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(SCHEMA, false);
            r.runAtomically(List.of("INSERT INTO orgs VALUES (1, 'v2', 'pro')"), false);
            new RowGenerator(r, 1).fill(Introspector.introspect(r), 3);
            assertEquals(3L, r.count("SELECT count(*) FROM orgs"));
            assertEquals(1L, r.count("SELECT count(*) FROM orgs WHERE id = 1 AND slug = 'v2' AND tier = 'pro'"));
        }
    }

    @Test
    void verifyReplaysWithRowsAndFailsOnTheColumnFilledWithItsOwnName() {
        List<Finding> findings = Verifier.verify(
                dev.godwit.engine.folder.MigrationsFolder.at(PreflightTest.COLOR).latestSnapshot().orElseThrow().schema(),
                MigrationsFolder.at(PreflightTest.COLOR));
        List<String> replay = findings.stream().filter(f -> f.kind() == Finding.Kind.REPLAY).map(Finding::message).toList();
        assertEquals(1, replay.size(), findings.toString());
        String m = replay.get(0);
        assertTrue(m.startsWith("replaying column-and-check/0001_color.sql on tables holding generated rows (as D1 runs it) removes or rewrites rows it should keep:"), m);
        assertTrue(m.contains("\"products\".\"color\": 3 of 3 rows filled with the text 'color', the column's own name"), m);
        assertTrue(m.contains("through 0001_color.sql statement 3: INSERT INTO `__new_products`"), m);
    }

    @Test
    void verifyReplaysTheCascadingRebuildAndNamesTheChildTables() {
        List<Finding> findings = Verifier.verify(
                MigrationsFolder.at(PreflightTest.CASCADE).latestSnapshot().orElseThrow().schema(), MigrationsFolder.at(PreflightTest.CASCADE));
        List<String> replay = findings.stream().filter(f -> f.kind() == Finding.Kind.REPLAY).map(Finding::message).toList();
        assertEquals(1, replay.size(), findings.toString());
        assertTrue(replay.get(0).contains("\"orders\": 3 of 3 rows deleted, through 0001_name_check.sql statement 4: DROP TABLE `customers`;"), replay.get(0));
        assertTrue(replay.get(0).contains("\"notes\".\"customer_id\": 3 of 3 references set to NULL"), replay.get(0));
    }

    /** The tables in a cycle, found at once, are those a walk of each table's ancestors finds (the walk this replaced), on random graphs. */
    @Test
    void tablesInCyclesAreThoseTheirAncestorsReachBack() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(12);
            Map<String, List<String>> parentsOf = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                List<String> parents = new ArrayList<>();
                int k = random.nextInt(3);
                for (int j = 0; j < k; j++) parents.add("t" + random.nextInt(n + 2));   // also tables the schema lacks
                if (!parents.isEmpty() || random.nextBoolean()) parentsOf.put("t" + i, parents);
            }
            java.util.Set<String> expected = new java.util.HashSet<>();
            for (String start : parentsOf.keySet()) {
                java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(parentsOf.getOrDefault(start, List.of()));
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (!todo.isEmpty()) {
                    String next = todo.pop();
                    if (next.equals(start)) {
                        expected.add(start);
                        break;
                    }
                    if (seen.add(next)) todo.addAll(parentsOf.getOrDefault(next, List.of()));
                }
            }
            assertEquals(expected, RowGenerator.inCycles(parentsOf), parentsOf.toString());
        }
        Map<String, List<String>> chain = new java.util.HashMap<>();   // 20,000 deep: no recursion
        for (int i = 1; i < 20_000; i++) chain.put("t" + i, List.of("t" + (i - 1)));
        chain.put("t0", List.of("t19999"));
        assertEquals(20_000, RowGenerator.inCycles(chain).size());
    }

    /**
     * Rows 2 and 3 take the other members of a list a CHECK allows (the first row keeps the first, as it always had), and 0 and 1 in
     * an INTEGER column whose default is a truth value, where the schema takes them: a CHECK across two columns, a UNIQUE pair and a
     * trigger refusing one member still hold, the row then taking what it took before.
     */
    @Test
    void laterRowsTakeTheOtherValuesAColumnAllows() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE t (id integer PRIMARY KEY, status text NOT NULL CHECK (status IN ('a', 'b', 'c')),"
                    + " flag integer NOT NULL DEFAULT false, kind text CHECK (\"kind\" IN ('x', 'y')), note text,"
                    + " CHECK (kind = 'x' OR note IS NOT NULL), UNIQUE (status, kind))",
                    "CREATE TRIGGER no_c BEFORE INSERT ON t WHEN NEW.status = 'c' BEGIN SELECT RAISE(ABORT, 'no c'); END",
                    "CREATE TABLE plain (id integer PRIMARY KEY, state text NOT NULL CHECK (state NOT IN ('gone', 'lost')))"), false);
            RowGenerator.Result result = new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            assertEquals(Map.of(), result.notFilled());
            // row 3's 'c' is refused by the trigger, its (a, x) taken by row 1: the flag's 1 stays
            assertEquals("[{status=a, flag=1010001, kind=x}, {status=b, flag=0, kind=y}, {status=b, flag=1, kind=x}]",
                    r.query("SELECT status, flag, kind FROM t ORDER BY id").toString());
            assertEquals(0L, r.count("SELECT count(*) FROM t WHERE kind <> 'x' AND note IS NULL"));
            // NOT IN lists what a column may not hold: nothing to spread over
            assertEquals("[{state=gen-1}, {state=gen-2}, {state=gen-3}]", r.query("SELECT state FROM plain ORDER BY id").toString());
        }
    }

    /**
     * A list written as ORs ({@code kind = 'a' OR kind = 'b'}) and a range ({@code qty BETWEEN 0 AND 100}, {@code score >= 1 AND
     * score <= 5}) held the same value in every row: rows 2 and 3 take the list's other members and the range's ends.
     */
    @Test
    void laterRowsTakeAnOrListsMembersAndARangesEnds() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE q (id integer PRIMARY KEY, qty integer NOT NULL CHECK (qty BETWEEN 0 AND 100),"
                    + " score integer NOT NULL CHECK (score >= 1 AND score <= 5), kind text NOT NULL CHECK (kind = 'a' OR \"kind\" = 'b'),"
                    + " grade real CHECK ((0.5 <= grade) AND (grade <= 4.5)), odd integer CHECK (odd NOT BETWEEN 1 AND 9),"
                    + " either integer CHECK (either >= 1 AND either <= 5 OR either = 0))"), false);
            new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            assertEquals("[{qty=0, score=1, kind=a, grade=0.5}, {qty=0, score=1, kind=b, grade=0.5}, {qty=100, score=5, kind=a, grade=4.5}]",
                    r.query("SELECT qty, score, kind, grade FROM q ORDER BY id").toString());
            // a range beside an OR is no range: its values are as before, the same shape in every row
            assertEquals(List.of(), CheckValues.ends(List.of("either >= 1 AND either <= 5 OR either = 0"), "either", true));
            assertEquals(List.of(), CheckValues.members("kind = 'a' OR note IS NOT NULL", "kind"));
            assertEquals(List.of("a", "b"), CheckValues.members("x > 0 AND (kind = 'a' OR 'b' == kind)", "kind"));
            assertEquals(List.of(0L, 100L), CheckValues.ends(List.of("qty BETWEEN 0 AND 100 AND x > 1"), "qty", true));
        }
    }

    /**
     * The bounds of two CHECKs meet, but one of them holding an AND of its own ({@code CHECK (0 < qty) CHECK (qty <= 500 AND qty IS
     * NOT NULL)}) had its parts left unread, its bound lost: row 3 held 1 as row 2 did, and a cleanup {@code DELETE FROM items WHERE
     * qty = 1} deleted every generated row ("3 of 3 rows deleted") where a real table keeps most. Each CHECK's parts are read.
     */
    @Test
    void theBoundsOfACheckHoldingAnAndMeetTheOthers() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL CHECK (0 < qty) CHECK (qty <= 500 AND qty IS NOT NULL))"), false);
            new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            List<Map<String, Object>> rows = r.query("SELECT qty FROM items ORDER BY id");
            assertEquals(1L, rows.get(1).get("qty"), rows.toString());
            assertEquals(500L, rows.get(2).get("qty"), rows.toString());
            assertEquals(List.of(1L, 500L), CheckValues.ends(List.of("(0 < qty) AND ((qty <= 500) AND (qty IS NOT NULL))"), "qty", true));
            assertEquals(List.of(), CheckValues.ends(List.of("(0 < qty) AND NOT (qty <= 500 AND qty > 3)"), "qty", true).stream().filter(v -> v.equals(500L)).toList());
        }
    }

    /**
     * A range in one CHECK beside another CHECK of the column holding an OR ({@code CHECK (qty BETWEEN 0 AND 100) CHECK (qty % 2 = 0
     * OR qty = 1)}) gave its ends to rows 2 and 3 before round 59; joined with the OR one, the range was read as one side of an OR and
     * every row held 0, so a cleanup {@code DELETE FROM stock WHERE qty = 100} passed green again. A CHECK holding an OR takes no part
     * in the bounds; the database still refuses a value it does not allow.
     */
    @Test
    void aRangeBesideACheckWithAnOrStillSpreads() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE stock (id integer PRIMARY KEY, qty integer NOT NULL CHECK (qty BETWEEN 0 AND 100) CHECK (qty % 2 = 0 OR qty = 1),"
                    + " n integer NOT NULL CHECK (n > 0) CHECK (n < 50 OR n = 99))"), false);
            new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            List<Map<String, Object>> rows = r.query("SELECT qty, n FROM stock ORDER BY id");
            assertEquals(3, rows.size(), rows.toString());
            assertEquals(0L, rows.get(1).get("qty"), rows.toString());
            assertEquals(100L, rows.get(2).get("qty"), rows.toString());
            assertEquals(1L, rows.get(1).get("n"), rows.toString());
        }
    }

    /**
     * A CHECK whose text ends in a line comment ({@code CHECK (qty <= 100 -- at most a hundred\n)}) beside another CHECK of the
     * column: their bounds meet, rows 2 and 3 taking both ends. Each CHECK is read on its own tokens (they were joined into one text
     * and cut apart again, where a comment ending one could run over the next).
     */
    @Test
    void aCheckEndingInACommentStillMeetsTheOthers() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE stock (id integer PRIMARY KEY, qty integer NOT NULL CHECK (qty <= 100 -- at most a hundred\n)"
                    + " CHECK (qty >= 0))"), false);
            new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            List<Map<String, Object>> rows = r.query("SELECT qty FROM stock ORDER BY id");
            assertEquals(3, rows.size(), rows.toString());
            assertEquals(0L, rows.get(1).get("qty"), rows.toString());
            assertEquals(100L, rows.get(2).get("qty"), rows.toString());
        }
    }

    /**
     * One bound alone ({@code qty > 0}, {@code price >= 100}), strict bounds on both sides and a {@code NOT BETWEEN} held the
     * same value in every row, so a cleanup {@code DELETE FROM items WHERE qty = 1} met none: rows 2 and 3 take the values at
     * the bounds the CHECK allows, the next integer past a strict bound in an INTEGER column, a hundredth past it in any other;
     * one bound alone gives row 2 its value, row 3 keeps its own. Bounds of two CHECKs on one column meet.
     */
    @Test
    void laterRowsTakeTheValuesAtASingleOrStrictBound() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL CHECK (qty > 0),"
                    + " price real NOT NULL CHECK (price >= 100), n integer NOT NULL CHECK (n > 0 AND 10 > n),"
                    + " w real NOT NULL CHECK ((w > 0) AND (w < 1)), odd integer NOT NULL CHECK (odd NOT BETWEEN 1 AND 9),"
                    + " both integer NOT NULL CHECK (both >= -5) CHECK (both < 5), half integer NOT NULL CHECK (half > 0.5 AND half <= 7.5))"), false);
            new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            List<Map<String, Object>> rows = r.query("SELECT qty, price, n, w, odd, both, half FROM items ORDER BY id");
            assertEquals("{qty=1, price=100.0, n=1, w=0.01, odd=0, both=-5, half=1}", rows.get(1).toString());
            assertEquals("{n=9, w=0.99, odd=10, both=4, half=7}", r.query("SELECT n, w, odd, both, half FROM items ORDER BY id").get(2).toString());
            // one bound alone: row 3 keeps its own value
            assertTrue(!Long.valueOf(1).equals(rows.get(2).get("qty")) && !Double.valueOf(100).equals(rows.get(2).get("price")), rows.toString());
            assertEquals(List.of(1L), CheckValues.ends(List.of("qty > 0"), "qty", true));
            assertEquals(List.of(0.01, 0.99), CheckValues.ends(List.of("w > 0 AND w < 1"), "w", false));
            assertEquals(List.of(0L, 10L), CheckValues.ends(List.of("odd NOT BETWEEN 1 AND 9"), "odd", true));
            assertEquals(List.of(), CheckValues.ends(List.of("n > 0 AND n < 1"), "n", true));   // no integer there
            assertEquals(List.of(), CheckValues.ends(List.of("NOT (qty > 0)"), "qty", true));
            assertEquals(List.of(), CheckValues.ends(List.of("qty > 0 OR qty = -1"), "qty", true));
            assertEquals(List.of(100L), CheckValues.ends(List.of("'price' <> price AND price >= 100"), "price", false));
        }
    }

    /**
     * A nullable column whose CHECK refuses every first candidate reached its NULL before the other shapes of value were tried, so
     * every row held NULL there (a UNIQUE one too: NULLs never collide). The first row still does; the others take those shapes.
     */
    @Test
    void laterRowsOfANullableColumnACheckNarrowsHoldValues() {
        try (Replica r = Replica.empty()) {
            r.runAtomically(List.of("CREATE TABLE a (id integer PRIMARY KEY, sku text UNIQUE CHECK (sku LIKE 'SKU-%' AND length(sku) = 8))",
                    "CREATE TABLE h (id integer PRIMARY KEY, v real UNIQUE CHECK (v > 0 AND v < 1))"), false);
            new RowGenerator(r, 42).fill(Introspector.introspect(r), 3);
            assertEquals("[{sku=null}, {sku=SKU-0002}, {sku=SKU-0003}]", r.query("SELECT sku FROM a ORDER BY id").toString());
            assertEquals("[{v=null}, {v=0.01}, {v=0.99}]", r.query("SELECT v FROM h ORDER BY id").toString());
        }
    }

    @Test
    void aLiteralDefaultIsReadAsItsValue() {
        assertEquals("free", RowGenerator.literalDefault("'free'"));
        assertEquals("it's", RowGenerator.literalDefault("('it''s')"));
        assertEquals(5L, RowGenerator.literalDefault("5"));
        assertEquals(-1.5, RowGenerator.literalDefault("(-1.5)"));
        assertEquals(null, RowGenerator.literalDefault("CURRENT_TIMESTAMP"));
        assertEquals(null, RowGenerator.literalDefault("(unixepoch())"));
        assertEquals(null, RowGenerator.literalDefault("'a' || 'b'"));
    }
}
