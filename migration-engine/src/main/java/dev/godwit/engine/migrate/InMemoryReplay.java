package dev.godwit.engine.migrate;

import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.ForeignKeysPragma;
import java.util.List;

/** Migrations run on an empty in-memory database, each in one transaction, as db:rebase and db:drop replay a folder. */
public final class InMemoryReplay {

    private InMemoryReplay() {
    }

    /**
     * A new in-memory database holding what {@code migrations} make, with foreign keys off around a migration that asks for it
     * ({@code PRAGMA foreign_keys=OFF}, a drizzle-kit rebuild). The caller closes it; a migration that fails there throws, the
     * database closed.
     */
    public static SqliteDatabase of(List<Migration> migrations) {
        SqliteDatabase db = SqliteDatabase.inMemory();
        try {
            for (Migration m : migrations) db.runAtomically(m.statements(), ForeignKeysPragma.asksOff(m.statements()));
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
