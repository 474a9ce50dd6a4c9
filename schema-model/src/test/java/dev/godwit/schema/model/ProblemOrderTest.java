package dev.godwit.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One order for schema problems (the YAML reader's, and db:generate's once its later checks add theirs): by file as read, a whole
 * file's problem before its lines', then line; problems naming no file read (a Java class's) after them, as given. db:generate's
 * had its own, by file as first named and giving up on any problem without a line, so a Java class's problem or a "b.yaml:" one
 * left the later checks' problems after the reader's, out of order.
 */
class ProblemOrderTest {

    @Test
    void byFileAsReadThenLineWithProblemsNamingNoFileAfterThem() {
        List<String> given = List.of(
                "class com.acme.Users (table \"users\"): its problem",
                "b.yaml line 9: nine",
                "a.yaml line 12: twelve",
                "b.yaml: not valid YAML",
                "com.acme.Orders: its problem",
                "a.yaml line 3: three",
                "a.yaml line 3: three again");
        assertEquals(List.of(
                "a.yaml line 3: three",
                "a.yaml line 3: three again",
                "a.yaml line 12: twelve",
                "b.yaml: not valid YAML",
                "b.yaml line 9: nine",
                "class com.acme.Users (table \"users\"): its problem",
                "com.acme.Orders: its problem"), ProblemOrder.byFileAndLine(given, List.of("a.yaml", "b.yaml")));
    }
}
