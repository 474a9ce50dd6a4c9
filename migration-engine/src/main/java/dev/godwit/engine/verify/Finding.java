package dev.godwit.engine.verify;

/** One reason {@code db:verify} fails, with what to do about it. */
public record Finding(Kind kind, String message) {

    public enum Kind {
        /** The journal, snapshots and SQL files disagree. */
        FOLDER,
        /** The schema has changes no migration holds yet. */
        SCHEMA_CHANGED,
        /** A generated migration's SQL was edited afterwards. */
        EDITED,
        /** Replaying the migrations does not give the schema the snapshots promise. */
        REPLAY,
        /** A live database differs from the migrations. */
        DRIFT
    }
}
