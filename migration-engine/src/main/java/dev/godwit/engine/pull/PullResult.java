package dev.godwit.engine.pull;

import java.nio.file.Path;
import java.util.List;

/** What {@code db:pull} wrote: the Java sources, and the baseline migration recorded as applied. */
public record PullResult(int tables, int views, List<Path> sourceFiles, String baselineTag) {
}
