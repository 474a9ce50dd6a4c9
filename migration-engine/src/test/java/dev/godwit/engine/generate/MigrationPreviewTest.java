package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationPreviewTest {

    private static String sql(int lines) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= lines; i++) out.add("line " + i + ";");
        return String.join("\n", out) + "\n";
    }

    @Test
    void aShortMigrationIsShownWhole() {
        assertEquals(List.of("ALTER TABLE `agents` ADD `archived_at` integer;"),
                MigrationPreview.lines("ALTER TABLE `agents` ADD `archived_at` integer;\n", "drizzle/0001_a.sql"));
        List<String> sixty = MigrationPreview.lines(sql(60), "drizzle/0001_a.sql");
        assertEquals(60, sixty.size());
        assertEquals("line 60;", sixty.get(59));
    }

    @Test
    void aLongMigrationShowsItsHeadAndWhereTheRestIs() {
        List<String> shown = MigrationPreview.lines(sql(9015), "drizzle/0000_init.sql");
        assertEquals(41, shown.size());
        assertEquals("line 1;", shown.get(0));
        assertEquals("line 40;", shown.get(39));
        assertEquals("... 8975 more lines (9015 in all): read the whole migration in drizzle/0000_init.sql", shown.get(40));
        assertEquals(41, MigrationPreview.lines(sql(61), "x.sql").size());
    }
}
