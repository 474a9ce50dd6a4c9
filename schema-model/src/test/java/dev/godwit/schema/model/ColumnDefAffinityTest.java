package dev.godwit.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A collation kept with a column's type is no part of the type to SQLite (sqlite.org/datatype3.html, 3.1). */
class ColumnDefAffinityTest {

    @Test
    void aCollationIsNotPartOfTheTypeThatGivesTheAffinity() {
        // no type at all: no affinity (BLOB), as PRAGMA table_info's empty type says; it was NUMERIC
        assertEquals("", ColumnDef.of("code", "COLLATE NOCASE").declaredType());
        assertEquals(Affinity.BLOB, ColumnDef.of("code", "COLLATE NOCASE").affinity());
        assertEquals(Affinity.BLOB, ColumnDef.of("code", "collate rtrim").affinity());
        // a collation's name holds no type word: INTEGER from "interval_ci" was the collation's
        assertEquals(Affinity.TEXT, ColumnDef.of("d", "text COLLATE interval_ci").affinity());
        assertEquals(Affinity.BLOB, ColumnDef.of("d", "COLLATE interval_ci").affinity());
        assertEquals("varchar(8)", ColumnDef.of("v", "varchar(8)COLLATE NOCASE").declaredType());
        assertEquals(Affinity.TEXT, ColumnDef.of("v", "varchar(8)COLLATE NOCASE").affinity());
        // a type name that only contains the word is a type name
        assertEquals("MY_COLLATE_INT", ColumnDef.of("x", "MY_COLLATE_INT").declaredType());
        assertEquals(Affinity.INTEGER, ColumnDef.of("x", "MY_COLLATE_INT").affinity());
        assertEquals(Affinity.NUMERIC, ColumnDef.of("x", "ANY COLLATE NOCASE").affinity());
        assertEquals("ANY", ColumnDef.of("x", "ANY COLLATE NOCASE").declaredType());
    }

    /** A collation's name quoted right after the word ({@code COLLATE"NOCASE"}) is a collation too: no part of the type. */
    @Test
    void aCollationWhoseNameIsQuotedRightAfterTheWordIsNotPartOfTheType() {
        assertEquals("text", ColumnDef.of("t", "text COLLATE\"NOCASE\"").declaredType());
        assertEquals(Affinity.BLOB, ColumnDef.of("code", "COLLATE\"NOCASE\"").affinity());
        assertEquals(Affinity.BLOB, ColumnDef.of("code", "COLLATE[rtrim]").affinity());
    }

    /** What {@link ColumnDef#collation} reads: one reading for every form the type may keep it in, BINARY where it keeps none. */
    @Test
    void theCollationKeptWithTheTypeIsReadInEveryForm() {
        assertEquals("NOCASE", ColumnDef.of("a", "text COLLATE NOCASE").collation());
        assertEquals("RTRIM", ColumnDef.of("a", "varchar(8)COLLATE RTRIM").collation());
        assertEquals("NOCASE", ColumnDef.of("a", "text COLLATE\"NOCASE\"").collation());
        assertEquals("NOCASE", ColumnDef.of("a", "text collate [nocase]").collation());
        assertEquals("RTRIM", ColumnDef.of("a", "COLLATE `rtrim`").collation());
        assertEquals("INTERVAL_CI", ColumnDef.of("a", "text COLLATE interval_ci").collation());
        // SQLite takes the last one
        assertEquals("RTRIM", ColumnDef.of("a", "text COLLATE NOCASE COLLATE RTRIM").collation());
        assertEquals("BINARY", ColumnDef.of("a", "text").collation());
        assertEquals("BINARY", ColumnDef.of("a", "MY_COLLATE_INT").collation());
        assertEquals("BINARY", ColumnDef.of("a", "text COLLATENOCASE").collation());
        assertEquals("BINARY", ColumnDef.of("a", "text COLLATE BINARY").collation());
    }
}
