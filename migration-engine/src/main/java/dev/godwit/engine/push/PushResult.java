package dev.godwit.engine.push;

import dev.godwit.engine.diff.Change;
import java.util.List;

/** What {@code db:push} did: the changes and statements it ran (none when the database already matched). */
public record PushResult(List<Change> changes, List<String> statements) {

    public boolean changed() {
        return !statements.isEmpty();
    }
}
