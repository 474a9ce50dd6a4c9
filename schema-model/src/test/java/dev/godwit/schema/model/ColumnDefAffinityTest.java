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
}
