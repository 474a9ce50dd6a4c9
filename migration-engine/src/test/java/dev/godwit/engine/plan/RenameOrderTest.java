package dev.godwit.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.plan.RenameOrder.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Renames ordered so that each target is free when it runs, as SQLite compares names (ignoring ASCII case). */
class RenameOrderTest {

    static List<Step> order(Set<String> taken, Step... renames) {
        Set<String> used = new HashSet<>(taken);
        return RenameOrder.order(List.of(renames), new HashSet<>(taken), wanted -> {
            String n = wanted;
            for (int i = 1; used.contains(n.toLowerCase()); i++) n = wanted + "_" + i;
            used.add(n.toLowerCase());
            return n;
        });
    }

    @Test
    void aTargetTakenByAnotherRenamesSourceWaitsForIt() {
        assertEquals(List.of(new Step("Name", "b"), new Step("a", "name")), order(Set.of("a", "Name"), new Step("a", "name"), new Step("Name", "b")));
    }

    @Test
    void aCycleGoesThroughAFreeName() {
        assertEquals(List.of(new Step("a", "__rename_b"), new Step("b", "a"), new Step("__rename_b", "b")),
                order(Set.of("a", "b", "__rename_b_x"), new Step("a", "b"), new Step("b", "a")));
        assertEquals(List.of(new Step("x", "__rename_Y"), new Step("z", "X"), new Step("y", "z"), new Step("__rename_Y", "Y")),
                order(Set.of("x", "y", "z"), new Step("x", "Y"), new Step("y", "z"), new Step("z", "X")));
    }

    @Test
    void aCaseOnlyRenameRunsAsItIsAndATargetTakenByAnythingElseComesLast() {
        assertEquals(List.of(new Step("Users", "users")), order(Set.of("Users"), new Step("Users", "users")));
        // "kept" is not renamed away: that rename cannot be ordered, and is left for SQLite to refuse, after the others
        assertEquals(List.of(new Step("b", "c"), new Step("a", "kept")), order(Set.of("a", "b", "kept"), new Step("a", "kept"), new Step("b", "c")));
    }
}
