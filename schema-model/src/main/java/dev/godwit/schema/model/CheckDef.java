package dev.godwit.schema.model;

import java.util.Objects;

/** A named CHECK constraint; {@code expression} is SQL as written. */
public record CheckDef(String name, String expression) {
    public CheckDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
