package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
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
 * Whether a UNIQUE index (or constraint) is one the rows were already kept apart on (kept) or a new one is decided once
 * ({@code KeptUniques}), for both of db:generate's warnings, as {@code KeptChecks} decides it for CHECKs: a retype's (or NOT NULL
 * fill's, or regeneration's) warning names a kept index over a column whose values change, "New UNIQUE index ... rows already
 * sharing its key" a new one. They disagreed: an index only renamed (a constraint turned index) over a retyped column was "New"
 * (no rows shared its key) and the retype did not name it; a partial index whose WHERE narrowed was "New" though it takes fewer
 * rows than the one they kept. Each claim is tried on SQLite: the rows are inserted under the old schema, then the step applied.
 */
class UniquesOverChangedColumnsTest {

    static final String FAILS = " make db:apply fail at this migration, which then changes nothing (its pre-flight finds such rows in a local file"
            + " before applying anything, not on D1)";
    static final String MERGE = "\"t\".\"x\" changes type text -> integer: texts that read as the same number become one value ('007' and '7' both"
            + " become 7). ";
    static final String BREAKS = ": where two rows then share a key, they break it and the migration fails (nothing changes); make those values"
            + " distinct in a custom migration first.";

    @TempDir
    Path dir;

    final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    static TableDef t(List<ColumnDef> columns, IndexDef... indexes) {
        return new TableDef("t", columns, null, List.of(indexes), List.of(), List.of(), null);
    }

    static ColumnDef id() {
        return ColumnDef.of("id", "integer").withPrimaryKey(true);
    }

    /** id, x of {@code type}, k text. */
    static List<ColumnDef> x(String type) {
        return List.of(id(), ColumnDef.of("x", type), ColumnDef.of("k", "text"));
    }

    static IndexDef unique(String name, String where, String... columns) {
        return IndexDef.onColumns(name, List.of(columns), true, where);
    }

    private GeneratedStep step(String name, TableDef before, TableDef after) {
        return GeneratedStep.of(generator, dir.resolve(name), before, after);
    }

    private static String newUnique(String name) {
        return "New UNIQUE index \"" + name + "\" on \"t\": rows already sharing its key" + FAILS
                + ". Remove or merge the duplicates first, in a custom migration before this one.";
    }

    /** Applies 0000, inserts {@code insert}, then the step in one transaction: its error (null: none) and the table's first columns. */
    private static String applied(GeneratedStep s, String insert) throws Exception {
        return s.applied(insert, "UNIQUE constraint failed: [^)]+", "SELECT * FROM t ORDER BY 1", false);
    }

    @Test
    void aUniqueIndexOnlyRenamedOverARetypedColumnIsNamedByTheRetypeNotCalledNew() throws Exception {
        GeneratedStep s = step("renamed", t(x("text"), unique("t_x_unique", null, "x")), t(x("integer"), unique("x_uq", null, "x")));
        assertEquals(List.of(MERGE + "UNIQUE index \"x_uq\" holds it" + BREAKS), s.warnings());
        assertEquals("UNIQUE constraint failed: t.x | 1,007;2,7", applied(s, "INSERT INTO t (x) VALUES ('007'), ('7')"));
        assertEquals("null | 1,7;2,8", applied(s, "INSERT INTO t (x) VALUES ('007'), ('8')"));
        // over a column that keeps its values, a renamed index has nothing to say
        assertEquals(List.of(), step("renamedOnly", t(x("text"), unique("t_x_unique", null, "x")), t(x("text"), unique("x_uq", null, "x"))).warnings());
    }

    @Test
    void aUniqueConstraintTurnedIndexAndBackIsTheSameKey() throws Exception {
        // drizzle's unique() constraint is named t_x_unique; an index of the user's own name over the same column is the same rule
        TableDef constraint = t(x("text"), unique(IndexDef.defaultUniqueName("t", List.of("x")), null, "x"));
        TableDef index = t(x("integer"), unique("t_x_idx", null, "x"));
        GeneratedStep toIndex = step("toIndex", constraint, index);
        assertEquals(List.of(MERGE + "UNIQUE index \"t_x_idx\" holds it" + BREAKS), toIndex.warnings());
        assertEquals("UNIQUE constraint failed: t.x | 1,007;2,7", applied(toIndex, "INSERT INTO t (x) VALUES ('007'), ('7')"));
        GeneratedStep back = step("back", t(x("text"), unique("t_x_idx", null, "x")), constraint.withColumns(x("integer")));
        assertEquals(List.of(MERGE + "UNIQUE index \"t_x_unique\" holds it" + BREAKS), back.warnings());
    }

    @Test
    void aUniqueIndexFollowingAColumnRenameIsKeptOneOverOtherColumnsIsNew() throws Exception {
        // x renamed to code and retyped: the index follows the rename, so the retype names it
        List<ColumnDef> renamed = List.of(id(), ColumnDef.of("code", "integer").withRenamedFrom("x"), ColumnDef.of("k", "text"));
        GeneratedStep s = step("followed", t(x("text"), unique("t_x_unique", null, "x")), t(renamed, unique("t_code_unique", null, "code")));
        assertEquals(List.of("\"t\".\"code\" changes type text -> integer: texts that read as the same number become one value ('007' and '7' both"
                + " become 7). UNIQUE index \"t_code_unique\" holds it" + BREAKS), s.warnings());
        assertEquals("UNIQUE constraint failed: t.code | 1,007;2,7", applied(s, "INSERT INTO t (x) VALUES ('007'), ('7')"));
        // (x, k) narrowed to x: rows apart on k may share x already, a new rule, whatever the retype
        GeneratedStep fewer = step("fewer", t(x("text"), unique("t_x_k_unique", null, "x", "k")), t(x("integer"), unique("t_x_k_unique", null, "x")));
        assertEquals(List.of(newUnique("t_x_k_unique")), fewer.warnings());
        assertEquals("UNIQUE constraint failed: t.x | 1,a;2,a", applied(fewer, "INSERT INTO t (x, k) VALUES ('a', 'k1'), ('a', 'k2')"));
        // x grown to (x, k) with k retyped: the rows are apart on x, which keeps its values, so nothing can break it
        List<ColumnDef> kRetyped = List.of(id(), ColumnDef.of("x", "text"), ColumnDef.of("k", "integer"));
        GeneratedStep more = step("more", t(x("text"), unique("t_x_unique", null, "x")), t(kRetyped, unique("t_x_k_unique", null, "x", "k")));
        assertEquals(List.of(), more.warnings());
        assertEquals("null | 1,a;2,b", applied(more, "INSERT INTO t (x, k) VALUES ('a', '007'), ('b', '7')"));
    }

    /**
     * A partial index keeps apart only the rows its WHERE takes: narrowed (x > 3 to x > 4), it takes some of the rows the old one
     * kept apart, so none can share a key; widened (x > 3 to x > 0), it takes rows the old one left out, which may.
     */
    @Test
    void aPartialUniqueIndexWhoseWhereNarrowedIsKeptWidenedIsNew() throws Exception {
        List<ColumnDef> cols = List.of(id(), ColumnDef.of("x", "integer"), ColumnDef.of("k", "text"));
        TableDef before = t(cols, unique("t_k_live", "\"x\" > 3", "k"));
        String rows = "INSERT INTO t (x, k) VALUES (1, 'a'), (5, 'a'), (NULL, 'b'), (4, 'b')";
        GeneratedStep narrowed = step("narrowed", before, t(cols, unique("t_k_live", "\"x\" > 4", "k")));
        assertEquals(List.of(), narrowed.warnings());
        assertEquals("null | 1,1;2,5;3,null;4,4", applied(narrowed, rows));
        GeneratedStep andMore = step("andMore", before, t(cols, unique("t_k_live_named", "\"x\" > 3 AND \"k\" <> ''", "k")));
        assertEquals(List.of(), andMore.warnings());
        GeneratedStep widened = step("widened", before, t(cols, unique("t_k_live", "\"x\" > 0", "k")));
        assertEquals(List.of(newUnique("t_k_live")), widened.warnings());
        assertEquals("UNIQUE constraint failed: t.k | 1,1;2,5;3,null;4,4", applied(widened, rows));
        GeneratedStep dropped = step("whereDropped", before, t(cols, unique("t_k_live", null, "k")));
        assertEquals(List.of(newUnique("t_k_live")), dropped.warnings());
        // narrowed over k retyped text -> integer: kept, so the retype names it ('07' and '7' in rows it takes become one)
        List<ColumnDef> kRetyped = List.of(id(), ColumnDef.of("x", "integer"), ColumnDef.of("k", "integer"));
        GeneratedStep retyped = step("narrowedRetyped", before, t(kRetyped, unique("t_k_big", "\"x\" > 4", "k")));
        assertEquals(List.of("\"t\".\"k\" changes type text -> integer: texts that read as the same number become one value ('007' and '7' both"
                + " become 7). UNIQUE index \"t_k_big\" holds it" + BREAKS), retyped.warnings());
        assertEquals("UNIQUE constraint failed: t.k | 1,5;2,6", applied(retyped, "INSERT INTO t (x, k) VALUES (5, '07'), (6, '7')"));
    }

    @Test
    void anExpressionUniqueIndexOverARenamedColumnFollowsTheRename() throws Exception {
        TableDef before = t(List.of(id(), ColumnDef.of("email", "text")),
                new IndexDef("t_email_lower", List.of(IndexDef.Key.expression("lower(\"email\")")), true, null));
        TableDef renamed = t(List.of(id(), ColumnDef.of("mail", "text").withRenamedFrom("email")),
                new IndexDef("t_mail_lower", List.of(IndexDef.Key.expression("lower(\"mail\")")), true, null));
        assertEquals(List.of(), step("exprRenamed", before, renamed).warnings());
        // and retyped: lower('007') and lower('7') were apart, lower(7) and lower(7) are not
        TableDef retyped = renamed.withColumns(List.of(id(), ColumnDef.of("mail", "integer").withRenamedFrom("email")));
        GeneratedStep s = step("exprRetyped", before, retyped);
        assertEquals(List.of("\"t\".\"mail\" changes type text -> integer: texts that read as the same number become one value ('007' and '7' both"
                + " become 7). UNIQUE index \"t_mail_lower\" holds it" + BREAKS), s.warnings());
        assertEquals("UNIQUE constraint failed: index 't_mail_lower' | 1,007;2,7", applied(s, "INSERT INTO t (email) VALUES ('007'), ('7')"));
        // lower() over another column than the old index's is a new rule
        TableDef other = t(List.of(id(), ColumnDef.of("email", "text"), ColumnDef.of("name", "text")),
                new IndexDef("t_email_lower", List.of(IndexDef.Key.expression("lower(\"name\")")), true, null));
        assertEquals(List.of(newUnique("t_email_lower")), step("exprOther", before.withColumns(other.columns()), other).warnings());
    }

    /**
     * A retype that turns no two values of the column into one may still change what a generated column computes from it: made
     * BLOB, x >= 10 compares '05' with 10 as a text with a number (true) where it compared '05' with '10' (false); REAL -> INTEGER,
     * x / 2 of 4.0 and 5.0 was 2.0 and 2.5, of 4 and 5 is 2 and 2; INTEGER -> TEXT, x > 2 of 1 and 10 was 0 and 1, of '1' and '10' is
     * 0 and 0. A UNIQUE index holding that generated column may then find two rows sharing a key; db:generate said nothing.
     */
    @Test
    void aUniqueIndexOverAGeneratedColumnComputedOtherwiseAfterARetypeIsNamed() throws Exception {
        String tail = ", whose values are computed anew from it and may differ: where two rows then share a key, they break it and the migration"
                + " fails (nothing changes); make those values distinct in a custom migration first.";
        Generated tier = Generated.of("\"x\" >= 10", Generated.Type.VIRTUAL);
        TableDef blobBefore = t(List.of(id(), ColumnDef.of("x", "text"), ColumnDef.of("k", "text"), ColumnDef.of("tier", "integer").withGenerated(tier)),
                unique("t_k_tier_unique", null, "k", "tier"));
        GeneratedStep blob = step("blob", blobBefore, blobBefore.withColumns(List.of(id(), ColumnDef.of("x", "blob"), ColumnDef.of("k", "text"),
                ColumnDef.of("tier", "integer").withGenerated(tier))));
        assertEquals(List.of("\"t\".\"x\" changes type text -> blob: the values stay, but what it is compared with is no longer read as text: '3' <= 5"
                + " held (as '3' <= '5'), and does not now (a text sorts after every number). UNIQUE index \"t_k_tier_unique\" holds it (through"
                + " \"tier\")" + tail), blob.warnings());
        assertEquals("UNIQUE constraint failed: t.k, t.tier | 1,05;2,3", applied(blob, "INSERT INTO t (x, k) VALUES ('05', 'a'), ('3', 'a')"));
        // a generated column that only concatenates it computes the same values
        Generated copy = Generated.of("\"x\" || ''", Generated.Type.VIRTUAL);
        TableDef copyBefore = t(List.of(id(), ColumnDef.of("x", "text"), ColumnDef.of("c", "text").withGenerated(copy)), unique("t_c_unique", null, "c"));
        GeneratedStep same = step("blobCopy", copyBefore, copyBefore.withColumns(List.of(id(), ColumnDef.of("x", "blob"), ColumnDef.of("c", "text").withGenerated(copy))));
        assertEquals(List.of(), same.warnings());
        assertEquals("null | 1,05;2,5", applied(same, "INSERT INTO t (x) VALUES ('05'), ('5')"));

        Generated half = Generated.of("\"x\" / 2", Generated.Type.VIRTUAL);
        TableDef realBefore = t(List.of(id(), ColumnDef.of("x", "real"), ColumnDef.of("half", "real").withGenerated(half)), unique("t_half_unique", null, "half"));
        GeneratedStep real = step("real", realBefore, realBefore.withColumns(List.of(id(), ColumnDef.of("x", "integer"), ColumnDef.of("half", "real").withGenerated(half))));
        assertEquals(List.of("\"t\".\"x\" changes type real -> integer: a real with no fraction becomes an integer (5.0 becomes 5), which computes"
                + " otherwise: 5.0 / 2 is 2.5, 5 / 2 is 2, and typeof() says 'integer'. UNIQUE index \"t_half_unique\" holds it (through \"half\")" + tail),
                real.warnings());
        assertEquals("UNIQUE constraint failed: t.half | 1,4.0;2,5.0", applied(real, "INSERT INTO t (x) VALUES (4.0), (5.0)"));

        Generated big = Generated.of("\"x\" > 2", Generated.Type.VIRTUAL);
        TableDef intBefore = t(List.of(id(), ColumnDef.of("x", "integer"), ColumnDef.of("k", "text"), ColumnDef.of("big", "integer").withGenerated(big)),
                unique("t_k_big_unique", null, "k", "big"));
        GeneratedStep text = step("text", intBefore, intBefore.withColumns(List.of(id(), ColumnDef.of("x", "text"), ColumnDef.of("k", "text"),
                ColumnDef.of("big", "integer").withGenerated(big))));
        assertEquals(List.of("\"t\".\"x\" changes type integer -> text: a number becomes a text (10 becomes '10'), which compares as text with what it"
                + " meets: 10 >= 2 held, '10' >= 2 does not. UNIQUE index \"t_k_big_unique\" holds it (through \"big\")" + tail), text.warnings());
        assertEquals("UNIQUE constraint failed: t.k, t.big | 1,1;2,10", applied(text, "INSERT INTO t (x, k) VALUES (1, 'a'), (10, 'a')"));
    }

    /**
     * UNIQUE (x, k) over the old UNIQUE (x): the rows are apart on x, so k's NOT NULL fill cannot make two share a key (a NULL x is
     * apart too); the fill's warning named the index all the same. Over the old UNIQUE (k) instead, the fill is what can: '' twice.
     */
    @Test
    void aUniqueIndexGrownFromAnOldKeyIsNamedByAFillOnlyOfThatKey() throws Exception {
        List<ColumnDef> filled = List.of(id(), ColumnDef.of("x", "text"), ColumnDef.of("k", "text").withNotNull(true)
                .withDefault(dev.godwit.schema.model.DefaultValue.string("")));
        GeneratedStep apart = step("apartOnX", t(x("text"), unique("t_x_unique", null, "x")), t(filled, unique("t_x_k_unique", null, "x", "k")));
        assertEquals(List.of("\"t\".\"k\" becomes NOT NULL: rows holding NULL get ''."), apart.warnings());
        assertEquals("null | 1,a;2,b;3,null;4,null", applied(apart, "INSERT INTO t (x, k) VALUES ('a', NULL), ('b', NULL), (NULL, NULL), (NULL, NULL)"));
        GeneratedStep onK = step("apartOnK", t(x("text"), unique("t_k_unique", null, "k")), t(filled, unique("t_x_k_unique", null, "x", "k")));
        assertEquals(List.of("\"t\".\"k\" becomes NOT NULL: rows holding NULL get ''. UNIQUE index \"t_x_k_unique\" holds it: where two such rows (or"
                + " one and a row already holding '') then share a key, they break it and the migration fails (nothing changes); give them values in a"
                + " custom migration first."), onK.warnings());
        assertEquals("UNIQUE constraint failed: t.x, t.k | 1,a;2,a", applied(onK, "INSERT INTO t (x, k) VALUES ('a', NULL), ('a', NULL)"));
    }

    /**
     * UNIQUE (k, id2) WHERE x < 5 over the old UNIQUE (k) WHERE x < 5, x made text: the old partial index kept apart only the rows
     * its WHERE took, and the retype moves rows into it (10 < 5 was false, '10' < '5' is true), so it proves nothing: the index is
     * warned of (and the rows show why), not taken as kept apart by the old key and passed over in silence.
     */
    @Test
    void aPartialOldKeyDoesNotKeepApartAnIndexOverMoreColumns() throws Exception {
        List<ColumnDef> before = List.of(id(), ColumnDef.of("x", "integer"), ColumnDef.of("k", "text"), ColumnDef.of("z", "text"));
        List<ColumnDef> after = List.of(id(), ColumnDef.of("x", "text"), ColumnDef.of("k", "text"), ColumnDef.of("z", "text"));
        GeneratedStep s = step("partialKey", t(before, unique("t_k_small", "\"x\" < 5", "k")), t(after, unique("t_k_z_small", "\"x\" < 5", "k", "z")));
        assertEquals(List.of(newUnique("t_k_z_small")), s.warnings());
        assertEquals("UNIQUE constraint failed: t.k, t.z | 1,10;2,3", applied(s, "INSERT INTO t (x, k, z) VALUES (10, 'p', 'q'), (3, 'p', 'q')"));
    }
}
