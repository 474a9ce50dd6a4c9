package dev.godwit.engine.drop;

import java.nio.file.Path;
import java.util.List;

/** What {@code db:drop} did: the migration dropped, the files removed and the snapshots rewritten after it. */
public record DropResult(String tag, List<Path> removed, List<Path> rewritten) {
}
