package dev.godwit.engine.folder;

/** One entry of {@code meta/_journal.json}: the migration file {@code <tag>.sql} and when it was generated. */
public record JournalEntry(int idx, String version, long when, String tag, boolean breakpoints) {
}
