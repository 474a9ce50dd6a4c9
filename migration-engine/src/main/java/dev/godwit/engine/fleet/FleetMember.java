package dev.godwit.engine.fleet;

/**
 * One database of a fleet: its id (UUID) and name as far as known. {@code id} is null when a name
 * from a list or file matched no database of the account ({@code problem} says so).
 */
public record FleetMember(String id, String name, String problem) {

    public static FleetMember of(String id, String name) {
        return new FleetMember(id, name, null);
    }

    /** For messages: "tenant-0042 (1b2c…)" or the id alone. */
    public String label() {
        if (name == null || name.isEmpty()) return id;
        return id == null ? name : name + " (" + id + ")";
    }
}
