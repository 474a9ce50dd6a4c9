package dev.godwit.engine.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTextTest {

    @Test
    void theOwnTableQualifierIsDroppedOutsideLiterals() {
        assertEquals("instr(\"email\", '@') > 0", CheckText.unqualified("instr(\"users\".\"email\", '@') > 0", "users"));
        assertEquals("\"email\" <> ''", CheckText.unqualified("`users`.\"email\" <> ''", "users"));
        assertEquals("email <> 'users.email'", CheckText.unqualified("Users.email <> 'users.email'", "users"));
        assertEquals("\"a\" > 0", CheckText.unqualified("\"my \"\"t\"\"\".\"a\" > 0", "my \"t\""));
        // Other tables' qualifiers and names that merely end in the table's name stay.
        assertEquals("\"other\".\"a\" > 0 AND xusers.a > 0", CheckText.unqualified("\"other\".\"a\" > 0 AND xusers.a > 0", "users"));
    }

    /**
     * What CheckText does with quoted texts, pinned before it shares the lexer's routine for skipping them: each is copied
     * whole (a doubled quote stays inside, [...] has no escape, an unclosed one runs to the end), and only a qualifier written
     * right against its dot is removed; with spaces around the dot it stays as written.
     */
    @Test
    void quotedTextsAreCopiedWholeAndOnlyAQualifierAgainstItsDotGoes() {
        assertEquals("\"t\" . \"c\" > 0", CheckText.unqualified("\"t\" . \"c\" > 0", "t"));
        assertEquals("t .c > 0 AND \"c\" > 1", CheckText.unqualified("t .c > 0 AND t.\"c\" > 1", "t"));
        assertEquals("\"c\" <> 'it''s \"t\".c' AND \"x\"\"t\"\".\".y\" > 0",
                CheckText.unqualified("\"t\".\"c\" <> 'it''s \"t\".c' AND \"x\"\"t\"\".\".y\" > 0", "t"));
        assertEquals("`a``t`.b > 0 AND b > 1", CheckText.unqualified("`a``t`.b > 0 AND `t`.b > 1", "t"));
        assertEquals("[a]]b > 0 AND b > 1", CheckText.unqualified("[a]]b > 0 AND [t].b > 1", "t"));
        assertEquals("c <> 't.c", CheckText.unqualified("t.c <> 't.c", "t"));
        assertEquals("c <> \"t.c", CheckText.unqualified("T.c <> \"t.c", "t"));
        assertEquals("x'74'.c > 0", CheckText.unqualified("x'74'.c > 0", "t"));
        assertEquals("$t.c + t$.c + c", CheckText.unqualified("$t.c + t$.c + t.c", "t"));
        assertEquals("", CheckText.unqualified("", "t"));
        assertEquals(null, CheckText.unqualified(null, "t"));
    }

    @Test
    void aPortedDrizzleCheckIsNoChange() {
        TableDef drizzle = table(new CheckDef("email_has_at", "instr(\"users\".\"email\", '@') > 0"));
        TableDef godwit = table(new CheckDef("email_has_at", "instr(\"email\", '@') > 0"));
        assertEquals(List.of(), SchemaDiffer.diff(schema(drizzle), schema(godwit), RenameResolver.NO_RENAMES).changes());
        TableDef changed = table(new CheckDef("email_has_at", "instr(\"email\", '.') > 0"));
        assertEquals(2, SchemaDiffer.diff(schema(drizzle), schema(changed), RenameResolver.NO_RENAMES).changes().size());
    }

    @Test
    void aPortedDrizzlePartialOrExpressionIndexIsNoChange() {
        // drizzle's ${t.col} in a WHERE or an index expression prints "members"."state", Godwit's col.sql() "state"
        TableDef drizzle = indexed(new IndexDef("m_active", List.of(IndexDef.Key.column("email")), true, "\"members\".\"state\" = 'active'"),
                new IndexDef("m_lower", List.of(IndexDef.Key.expression("lower(\"members\".\"email\")")), false, null));
        TableDef godwit = indexed(new IndexDef("m_active", List.of(IndexDef.Key.column("email")), true, "\"state\" = 'active'"),
                new IndexDef("m_lower", List.of(IndexDef.Key.expression("lower(\"email\")")), false, null));
        assertEquals(List.of(), SchemaDiffer.diff(schema(drizzle), schema(godwit), RenameResolver.NO_RENAMES).changes());
        TableDef changed = indexed(new IndexDef("m_active", List.of(IndexDef.Key.column("email")), true, "\"state\" = 'trial'"),
                new IndexDef("m_lower", List.of(IndexDef.Key.expression("upper(\"email\")")), false, null));
        assertEquals(List.of("drop index m_active", "create index m_active", "drop index m_lower", "create index m_lower"),
                SchemaDiffer.diff(schema(drizzle), schema(changed), RenameResolver.NO_RENAMES).changes().stream()
                        .map(c -> c.getClass().getSimpleName().equals("DropIndex") ? "drop index " + ((Change.DropIndex) c).index().name()
                                : "create index " + ((Change.CreateIndex) c).index().name()).toList());
    }

    private static TableDef indexed(IndexDef... indexes) {
        return new TableDef("members", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("email", "text"),
                ColumnDef.of("state", "text")), null, List.of(indexes), List.of(), List.of(), null);
    }

    private static TableDef table(CheckDef check) {
        return new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of("email", "text")), null,
                List.of(), List.of(), List.of(check), null);
    }

    private static SchemaDef schema(TableDef t) {
        return new SchemaDef(List.of(t), List.of());
    }
}
