package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.preflight.DataReplay;
import dev.godwit.engine.preflight.RowChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team review (round 56): db:verify's replay fills the tables the schema declares, and the schema model leaves virtual
 * tables out, so an FTS5 table holding its own rows ({@code USING fts5(title, body)}, made in a custom migration) or an R*Tree
 * stayed empty, and was named nowhere: a migration deleting its rows, or dropping it and creating it again with another tokenizer
 * and nothing copied back (every search then finds nothing), passed green. Such tables get generated rows now; one the replay
 * cannot fill (a contentless index, another module) is named with the others it could not give rows.
 */
class VirtualTableRowsReplayTest {

    private static final String INIT = "CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL, `title` text NOT NULL);\n--> statement-breakpoint\n"
            + "CREATE VIRTUAL TABLE docs USING fts5(title, body);\n--> statement-breakpoint\n"
            + "CREATE VIRTUAL TABLE boxes USING rtree(id, min_x, max_x, min_y, max_y);";

    @TempDir
    Path dir;

    private DataReplay replay;

    private List<RowChange> replay(String init, String sql) {
        replay = new DataReplay();
        replay.apply(new Migration(new JournalEntry(0, "6", 1000L, "0000_init", true), dir.resolve("0000_init.sql"), init));
        return replay.apply(new Migration(new JournalEntry(1, "6", 1001L, "0001_step", true), dir.resolve("0001_step.sql"), sql));
    }

    private static List<String> said(List<RowChange> changes) {
        return changes.stream().map(RowChange::describe).toList();
    }

    @Test
    void deletingTheRowsOfAFullTextTableOrAnRTreeIsALoss() {
        try {
            assertEquals(List.of("\"docs\": 3 of 3 rows deleted, through 0001_step.sql statement 1: DELETE FROM docs WHERE body MATCH 'gen*' OR rowid > 0;"),
                    said(replay(INIT, "DELETE FROM docs WHERE body MATCH 'gen*' OR rowid > 0;")));
            replay.close();
            assertEquals(List.of("\"boxes\": 3 of 3 rows deleted, through 0001_step.sql statement 1: DELETE FROM boxes;"), said(replay(INIT, "DELETE FROM boxes;")));
        } finally {
            replay.close();
        }
    }

    @Test
    void aFullTextTableDroppedAndCreatedWithAnotherTokenizerLosesItsRows() {
        try {
            List<RowChange> changes = replay(INIT, "DROP TABLE docs;\n--> statement-breakpoint\nCREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='porter');");
            assertEquals(List.of("\"docs\": 3 of 3 rows deleted, through 0001_step.sql statement 1: DROP TABLE docs;"), said(changes));
            assertEquals(List.of(), replay.warnings());
        } finally {
            replay.close();
        }
    }

    @Test
    void aFullTextTableCreatedAgainWithItsRowsCopiedBackKeepsThem() {
        try {
            assertEquals(List.of(), replay(INIT, "CREATE TABLE docs_backup AS SELECT rowid AS id, title, body FROM docs;\n--> statement-breakpoint\n"
                    + "DROP TABLE docs;\n--> statement-breakpoint\nCREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='porter');\n"
                    + "--> statement-breakpoint\nINSERT INTO docs(rowid, title, body) SELECT id, title, body FROM docs_backup;\n--> statement-breakpoint\n"
                    + "DROP TABLE docs_backup;"));
        } finally {
            replay.close();
        }
    }

    @Test
    void aContentlessIndexIsNamedAsNotFilled() {
        try {
            replay("CREATE VIRTUAL TABLE words USING fts5(body, content='');", "DELETE FROM words;");
            assertEquals(List.of("the replay could not give \"words\" generated rows (a contentless full-text index (content=''), whose values cannot be"
                    + " read back to compare), so what the migrations do to its rows was not tried; to try it, apply them to a copy of a database"
                    + " holding such rows (mvn db:apply -Dlocal -Ddb.local.path=COPY: its pre-flight runs them on that file's rows first)"), replay.warnings());
        } finally {
            replay.close();
        }
    }
}
