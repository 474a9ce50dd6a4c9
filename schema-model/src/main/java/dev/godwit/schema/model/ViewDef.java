package dev.godwit.schema.model;

import java.util.Objects;

/** A view: its SELECT text, or {@code existing} when it is managed outside the migrations. */
public record ViewDef(String name, String definition, boolean existing, String renamedFrom) {
    public ViewDef {
        Objects.requireNonNull(name, "name");
    }
}
