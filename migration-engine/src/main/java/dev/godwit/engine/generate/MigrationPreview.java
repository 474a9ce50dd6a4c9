package dev.godwit.engine.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code db:generate} shows of the migration it wrote: all of a short one; the head of a long one and how much more
 * the file holds. The file is what gets reviewed and committed; 9,000 lines of an initial 500-table migration scrolled
 * past at the console help nobody and cost the run time.
 */
public final class MigrationPreview {

    /** A migration of up to this many lines is shown whole. */
    public static final int WHOLE_UP_TO = 60;
    /** Of a longer one, this many lines are shown. */
    public static final int HEAD = 40;

    private MigrationPreview() {
    }

    /** The lines to show of {@code sql}, written to {@code file} (as the user should read its path). */
    public static List<String> lines(String sql, String file) {
        List<String> all = Arrays.asList(sql.split("\n"));
        if (all.size() <= WHOLE_UP_TO) return all;
        List<String> out = new ArrayList<>(all.subList(0, HEAD));
        out.add("... " + (all.size() - HEAD) + " more lines (" + all.size() + " in all): read the whole migration in " + file);
        return out;
    }
}
