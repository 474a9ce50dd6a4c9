package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommandLineOverridesTest {

    @Test
    void propertyOfAnExpression() {
        assertEquals("db.schema", CommandLineOverrides.property("${db.schema}"));
        assertEquals("local", CommandLineOverrides.property("${local}"));
        assertNull(CommandLineOverrides.property("${project.basedir}/drizzle${x}"));
        assertNull(CommandLineOverrides.property("plain"));
        assertNull(CommandLineOverrides.property(null));
    }
}
