package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column's collation is part of its declared type ({@code column("code", "text collate nocase")}). Changed to one that equates
 * more values (BINARY to NOCASE or RTRIM, NOCASE to RTRIM, RTRIM to NOCASE), it makes a kept UNIQUE key or primary key over it
 * stricter: 'A' and 'a' were apart and now collide, and the rebuild's copy fails. db:generate said nothing (the pre-flight refused
 * it at db:apply); the rebuild's warning now names the key, with a query that finds the rows. Each claim is tried on SQLite.
 */
class CollationsUnderKeysTest {

    @TempDir
    Path dir;

    final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    static TableDef t(List<ColumnDef> columns, PrimaryKeyDef pk, IndexDef... indexes) {
        return new TableDef("t", columns, pk, List.of(indexes), List.of(), List.of(), null);
    }

    /** id, code of {@code type}, k text. */
    static List<ColumnDef> code(String type) {
        return List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("code", type), ColumnDef.of("k", "text"));
    }

    static IndexDef unique(String name, String... columns) {
        return IndexDef.onColumns(name, List.of(columns), true, null);
    }

    private GeneratedStep step(String name, TableDef before, TableDef after) {
        return GeneratedStep.of(generator, dir.resolve(name), before, after);
    }

    /** Applies 0000, inserts {@code insert}, then the step in one transaction: its error (null: none), then what {@code query} finds. */
    private static String applied(GeneratedStep s, String insert, String query) throws Exception {
        return s.applied(insert, "UNIQUE constraint failed: [^)]+", query, true);
    }

    static String warning(String type, String equal, String keys, String query) {
        return "\"t\".\"code\" changes type text -> " + type + ": " + equal + " " + keys + ": where two rows then share a key, they break it and the"
                + " migration fails (nothing changes); find them (" + query + ") and make them distinct in a custom migration first.";
    }

    static final String CASE = "texts that differ only in letter case become equal ('A' and 'a').";
    static final String NOCASE_QUERY = "SELECT \"code\" COLLATE NOCASE, count(*) FROM \"t\" GROUP BY 1 HAVING count(*) > 1";

    @Test
    void aUniqueIndexOverAColumnMadeNocaseIsNamedAndTheQueryFindsTheRows() throws Exception {
        GeneratedStep s = step("nocase", t(code("text"), null, unique("t_code_unique", "code")), t(code("text collate nocase"), null, unique("t_code_unique", "code")));
        assertEquals(List.of(warning("text collate nocase", CASE, "UNIQUE index \"t_code_unique\" holds it", NOCASE_QUERY)), s.warnings());
        assertEquals("UNIQUE constraint failed: t.code | A,2", applied(s, "INSERT INTO t (code) VALUES ('A'), ('a'), ('b')", NOCASE_QUERY));
        assertEquals("null | ", applied(s, "INSERT INTO t (code) VALUES ('A'), ('b')", NOCASE_QUERY));
    }

    @Test
    void rtrimEquatesTrailingSpacesAndNocaseToRtrimIsStricterToo() throws Exception {
        String query = "SELECT \"code\" COLLATE RTRIM, count(*) FROM \"t\" GROUP BY 1 HAVING count(*) > 1";
        String spaces = "texts that differ only in trailing spaces become equal ('a' and 'a ').";
        GeneratedStep s = step("rtrim", t(code("text"), null, unique("t_code_unique", "code")), t(code("text collate rtrim"), null, unique("t_code_unique", "code")));
        assertEquals(List.of(warning("text collate rtrim", spaces, "UNIQUE index \"t_code_unique\" holds it", query)), s.warnings());
        assertEquals("UNIQUE constraint failed: t.code | a,2", applied(s, "INSERT INTO t (code) VALUES ('a'), ('a '), ('b')", query));
        TableDef nocase = t(code("text collate nocase"), null, unique("t_code_unique", "code"));
        GeneratedStep n = step("nocaseToRtrim", nocase, t(code("text collate rtrim"), null, unique("t_code_unique", "code")));
        assertEquals(List.of(warning("text collate rtrim", spaces, "UNIQUE index \"t_code_unique\" holds it", query).replace("text ->", "text collate nocase ->")),
                n.warnings());
        assertEquals("UNIQUE constraint failed: t.code | a,2", applied(n, "INSERT INTO t (code) VALUES ('a'), ('a '), ('B')", query));
        // and back: RTRIM kept 'A' and 'a' apart, NOCASE does not
        GeneratedStep r = step("rtrimToNocase", t(code("text collate rtrim"), null, unique("t_code_unique", "code")), nocase);
        assertEquals(List.of(warning("text collate nocase", CASE, "UNIQUE index \"t_code_unique\" holds it", NOCASE_QUERY)
                .replace("text ->", "text collate rtrim ->")), r.warnings());
        assertEquals("UNIQUE constraint failed: t.code | A,2", applied(r, "INSERT INTO t (code) VALUES ('A'), ('a'), ('b ')", NOCASE_QUERY));
    }

    @Test
    void aCollationThatEquatesNoMoreIsNotWarnedOf() throws Exception {
        TableDef nocase = t(code("text collate nocase"), null, unique("t_code_unique", "code"));
        GeneratedStep s = step("toBinary", nocase, t(code("text"), null, unique("t_code_unique", "code")));
        assertEquals(List.of(), s.warnings());
        assertEquals("null | ", applied(s, "INSERT INTO t (code) VALUES ('A'), ('b')", NOCASE_QUERY));
        // no key over it: nothing to collide
        assertEquals(List.of(), step("noKey", t(code("text"), null), t(code("text collate nocase"), null)).warnings());
        // an index that compares the column by its own COLLATE BINARY stays as strict as it was
        IndexDef binary = new IndexDef("t_code_bin", List.of(IndexDef.Key.expression("\"code\" COLLATE BINARY")), true, null);
        GeneratedStep b = step("binaryIndex", t(code("text"), null, binary), t(code("text collate nocase"), null, binary));
        assertEquals(List.of(), b.warnings());
        assertEquals("null | A,2", applied(b, "INSERT INTO t (code) VALUES ('A'), ('a')", NOCASE_QUERY));
    }

    @Test
    void aCompositePrimaryKeyOverAColumnMadeNocaseIsNamed() throws Exception {
        PrimaryKeyDef pk = new PrimaryKeyDef("t_code_k_pk", List.of("code", "k"));
        List<ColumnDef> before = List.of(ColumnDef.of("code", "text").withNotNull(true), ColumnDef.of("k", "text").withNotNull(true));
        List<ColumnDef> after = List.of(ColumnDef.of("code", "text collate nocase").withNotNull(true), ColumnDef.of("k", "text").withNotNull(true));
        GeneratedStep s = step("pk", t(before, pk), t(after, pk));
        assertEquals(List.of(warning("text collate nocase", CASE, "The primary key holds it", NOCASE_QUERY)), s.warnings());
        assertEquals("UNIQUE constraint failed: __new_t.code, __new_t.k | A,2", applied(s, "INSERT INTO t VALUES ('A', 'x'), ('a', 'x')", NOCASE_QUERY));
    }

    /**
     * A primary key that gains a column is kept from the old one (KeptUniques): the rows were apart, so only the collation can make
     * two share a key. db:generate said "New primary key ... rows already sharing a key" (they did not) and nothing of the collation.
     */
    @Test
    void aPrimaryKeyGrownFromTheOldOneIsNamedByTheCollationNotCalledNew() throws Exception {
        ColumnDef k = ColumnDef.of("k", "text").withNotNull(true).withDefault(dev.godwit.schema.model.DefaultValue.string("x"));
        List<ColumnDef> before = List.of(ColumnDef.of("code", "text").withNotNull(true), k);
        List<ColumnDef> after = List.of(ColumnDef.of("code", "text collate nocase").withNotNull(true), k);
        // the rows were kept apart by UNIQUE ("code"), which the new key (code, k) holds
        GeneratedStep s = step("grown", t(before, null, unique("t_code_unique", "code")), t(after, new PrimaryKeyDef("t_code_k_pk", List.of("code", "k"))));
        assertEquals(List.of(warning("text collate nocase", CASE, "The primary key holds it", NOCASE_QUERY)), s.warnings());
        assertEquals("UNIQUE constraint failed: __new_t.code, __new_t.k | A,2", applied(s, "INSERT INTO t VALUES ('A', 'x'), ('a', 'x')", NOCASE_QUERY));
        assertEquals("null | ", applied(s, "INSERT INTO t VALUES ('A', 'x'), ('b', 'x')", NOCASE_QUERY));
    }

    /** An index given its own stricter COLLATE is another rule, so "New UNIQUE index": the rows it takes may share its key. */
    @Test
    void anIndexKeyGivenItsOwnNocaseIsNew() throws Exception {
        IndexDef nocase = new IndexDef("t_code_unique", List.of(IndexDef.Key.expression("\"code\" COLLATE NOCASE")), true, null);
        GeneratedStep s = step("ownNocase", t(code("text"), null, unique("t_code_unique", "code")), t(code("text"), null, nocase));
        assertEquals(List.of("New UNIQUE index \"t_code_unique\" on \"t\": rows already sharing its key make db:apply fail at this migration, which"
                + " then changes nothing (its pre-flight finds such rows in a local file before applying anything, not on D1). Remove or merge"
                + " the duplicates first, in a custom migration before this one."), s.warnings());
        assertEquals("UNIQUE constraint failed: t.code | A,2", applied(s, "INSERT INTO t (code) VALUES ('A'), ('a')", NOCASE_QUERY));
    }

    /** The query is run before this migration, so it names the column as the database has it still: its old name, where renamed. */
    @Test
    void theQueryNamesARenamedColumnByItsOldName() throws Exception {
        List<ColumnDef> before = List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("old_code", "text"));
        List<ColumnDef> after = List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("code", "text collate nocase").withRenamedFrom("old_code"));
        GeneratedStep s = step("renamed", t(before, null, unique("t_old_code_unique", "old_code")), t(after, null, unique("t_code_unique", "code")));
        String query = "SELECT \"old_code\" COLLATE NOCASE, count(*) FROM \"t\" GROUP BY 1 HAVING count(*) > 1";
        assertEquals(List.of(warning("text collate nocase", CASE, "UNIQUE index \"t_code_unique\" holds it", query)), s.warnings());
        assertEquals("UNIQUE constraint failed: t.code | A,2", applied(s, "INSERT INTO t (old_code) VALUES ('A'), ('a')", query));
    }

    /**
     * An index whose own COLLATE takes no more texts for equal than before (NOCASE dropped, BINARY written out) keeps every row the
     * old one kept apart: it is kept, not "New UNIQUE index ... rows already sharing its key" (which it was).
     */
    @Test
    void anIndexKeyWhoseOwnCollationEquatesNoMoreIsKept() throws Exception {
        IndexDef nocase = new IndexDef("t_code_unique", List.of(IndexDef.Key.expression("\"code\" COLLATE NOCASE")), true, null);
        IndexDef binary = new IndexDef("t_code_unique", List.of(IndexDef.Key.expression("code COLLATE BINARY")), true, null);
        assertEquals(List.of(), step("dropped", t(code("text"), null, nocase), t(code("text"), null, unique("t_code_unique", "code"))).warnings());
        assertEquals(List.of(), step("written", t(code("text"), null, unique("t_code_unique", "code")), t(code("text"), null, binary)).warnings());
        // over a column made NOCASE, an index that compared it NOCASE already holds the same rows apart
        GeneratedStep s = step("columnToo", t(code("text"), null, nocase), t(code("text collate nocase"), null, unique("t_code_unique", "code")));
        assertEquals(List.of(), s.warnings());
        assertEquals("null | ", applied(s, "INSERT INTO t (code) VALUES ('A'), ('b')", NOCASE_QUERY));
    }
}
