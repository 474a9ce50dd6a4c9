package dev.godwit.engine.migrate;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Checksums;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.ForeignKeysPragma;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Applies pending migrations through the {@link Database} port. Each migration runs as one atomic
 * unit together with its history row (one transaction locally, one request on D1), behind a guard
 * that fails if the migration is already recorded: two runs at once, or a retry after a lost
 * answer, can never apply it twice. Pending is decided as the history's own tool decides it.
 */
public final class Migrator {

    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)^\\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\\b(\\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\\s+TRANSACTION)?.*");

    private final Database db;
    private final HistoryTable history;
    private final EngineLog log;

    public Migrator(Database db, HistoryTable history, EngineLog log) {
        this.db = db;
        this.history = history;
        this.log = log;
    }


    /** Every local migration with its state, plus applied rows that match no local migration. */
    public List<MigrationState> status(List<Migration> local) {
        List<AppliedMigration> rows = HistoryTable.exists(db, history.name()) ? history.read(db) : List.of();
        return states(local, rows);
    }

    /** The state of every local migration given the history rows already read (a fleet reads them in its own request). */
    public List<MigrationState> states(List<Migration> local, List<AppliedMigration> rows) {
        List<MigrationState> out = new ArrayList<>();
        List<AppliedMigration> unmatched = new ArrayList<>(rows);
        long lastAppliedWhen = Long.MIN_VALUE;
        for (Migration m : local) {
            for (AppliedMigration r : rows) if (history.records(r, m)) lastAppliedWhen = Math.max(lastAppliedWhen, m.when());
        }
        for (Migration m : local) {
            AppliedMigration row = rows.stream().filter(r -> history.records(r, m)).findFirst().orElse(null);
            if (row != null) {
                unmatched.remove(row);
                boolean same = !history.hasChecksums() || Checksums.matches(row.hash(), m.sql());
                out.add(new MigrationState(m.tag(), m, same ? MigrationState.State.APPLIED : MigrationState.State.CHECKSUM_MISMATCH, row));
            } else if (history instanceof HistoryTable.Drizzle && m.when() < lastAppliedWhen) {
                out.add(new MigrationState(m.tag(), m, MigrationState.State.SKIPPED, null));
            } else {
                out.add(new MigrationState(m.tag(), m, MigrationState.State.PENDING, null));
            }
        }
        for (AppliedMigration r : unmatched) {
            String name = r.name() != null ? r.name() : "created_at " + r.createdAt() + " (hash " + abbreviate(r.hash()) + ")";
            out.add(new MigrationState(name, null, MigrationState.State.MISSING_LOCALLY, r));
        }
        return out;
    }

    public ApplyResult apply(List<Migration> local, ApplyOptions options) {
        long start = System.nanoTime();
        boolean historyExists = HistoryTable.exists(db, history.name());
        if (!historyExists && !options.dryRun()) {
            db.runAtomically(List.of(history.createSql()), false);
        }
        List<MigrationState> states = states(local, historyExists ? history.read(db) : List.of());
        checkHistory(states, options);
        List<Migration> pending = states.stream().filter(s -> s.state() == MigrationState.State.PENDING).map(MigrationState::migration).toList();
        if (pending.isEmpty()) {
            log.info("Nothing to apply, " + db.describe() + " is up to date (" + count(states, MigrationState.State.APPLIED) + " migrations applied).");
            return new ApplyResult(List.of(), millis(start), options.dryRun());
        }
        for (Migration m : pending) checkStatements(m);
        List<String> applied = new ArrayList<>();
        if (options.dryRun()) {
            log.info("Dry run: " + pending.size() + " migration(s) would be applied to " + db.describe() + "; nothing is changed.");
            for (Migration m : pending) {
                List<String> stmts = m.statements();
                log.info("-- " + m.fileName() + " (" + stmts.size() + " statements)");
                for (String s : stmts) log.info(s);
                applied.add(m.tag());
            }
            return new ApplyResult(applied, millis(start), true);
        }
        log.info("Applying " + pending.size() + " migration(s) to " + db.describe());
        for (Migration m : pending) {
            long t0 = System.nanoTime();
            int statements = applyOne(m, options);
            if (statements >= 0) {
                log.info(String.format("  %-40s %3d statements  %6d ms", m.tag(), statements, millis(t0)));
                applied.add(m.tag());
            }
        }
        long total = millis(start);
        log.info("Applied " + applied.size() + " migration(s) in " + total + " ms.");
        return new ApplyResult(applied, total, false);
    }

    /** Applies one migration; returns its statement count, or -1 when another run applied it first. */
    private int applyOne(Migration m, ApplyOptions options) {
        List<String> statements = m.statements();
        List<String> guard = history.guardStatements(m);
        List<String> batch = new ArrayList<>(guard);
        batch.addAll(statements);
        batch.addAll(history.recordStatements(m));
        boolean foreignKeysOff = ForeignKeysPragma.asksOff(statements);
        for (int attempt = 1; ; attempt++) {
            try {
                db.runAtomically(batch, foreignKeysOff);
                return statements.size();
            } catch (DatabaseException e) {
                if (isRecorded(m)) {
                    log.info("  " + m.tag() + " was applied by another run (or before the answer was lost); not applying it again.");
                    return -1;
                }
                if (e.outcomeUnknown() && attempt < Math.max(1, options.maxAttempts())) {
                    log.warn("  " + m.tag() + ": the database's answer was lost (" + e.getMessage() + "); it did not record the migration, trying again.");
                    sleep(attempt);
                    continue;
                }
                throw failure(m, e, guard.size(), statements);
            }
        }
    }

    private boolean isRecorded(Migration m) {
        try {
            return history.read(db).stream().anyMatch(r -> history.records(r, m));
        } catch (DatabaseException e) {
            return false;
        }
    }

    private MigrationException failure(Migration m, DatabaseException e, int guardCount, List<String> statements) {
        StringBuilder sb = new StringBuilder("Migration " + m.file().getFileName() + " failed");
        int idx = e.statementIndex() - guardCount;
        if (e.statementIndex() >= 0 && idx >= 0 && idx < statements.size()) {
            sb.append(" at statement ").append(idx + 1).append(" of ").append(statements.size()).append(":\n    ")
                    .append(statements.get(idx).strip().replace("\n", "\n    "));
        } else if (e.statementIndex() >= guardCount + statements.size()) {
            sb.append(" while recording it in ").append(history.name());
        }
        sb.append("\n  ").append(db.capabilities().remote() ? "D1" : "SQLite").append(" says: ").append(e.databaseMessage());
        sb.append("\n  The migration was rolled back: the database is as it was after the previous migration.");
        sb.append(e.outcomeUnknown() ? " (The database did not answer; run db:apply again: it checks the history first.)"
                : "\n  Fix the cause (the data, or the migration with mvn db:generate), then run db:apply again.");
        return new MigrationException(sb.toString(), e);
    }

    private void checkHistory(List<MigrationState> states, ApplyOptions options) {
        List<String> edited = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (MigrationState s : states) {
            if (s.state() == MigrationState.State.CHECKSUM_MISMATCH) edited.add(s.migration().file().getFileName().toString());
            if (s.state() == MigrationState.State.SKIPPED) skipped.add(s.migration().file().getFileName().toString());
            if (s.state() == MigrationState.State.MISSING_LOCALLY) {
                log.warn("The database records a migration that is not in the folder: " + s.name() + " (applied from another branch?)");
            }
        }
        if (!edited.isEmpty()) {
            String msg = "Applied migration(s) changed since they were applied: " + String.join(", ", edited)
                    + ". An applied migration must not be edited: restore the file from version control and put new changes in a new migration (mvn db:generate).";
            if (!options.ignoreChecksums()) throw new MigrationException(msg + " To apply anyway, pass -Ddb.ignoreChecksums.");
            log.warn(msg + " Continuing because of -Ddb.ignoreChecksums.");
        }
        if (!skipped.isEmpty()) {
            throw new MigrationException("Migration(s) " + String.join(", ", skipped) + " were never applied but are older than the last applied migration"
                    + " (a branch was merged after newer migrations ran). drizzle-orm's migrator would skip them silently."
                    + " Move their changes into a new migration: delete them (SQL, snapshot, journal entry) and run mvn db:generate.");
        }
    }

    private void checkStatements(Migration m) {
        List<String> statements = m.statements();
        for (int i = 0; i < statements.size(); i++) {
            String s = statements.get(i);
            if (TRANSACTION_CONTROL.matcher(s).matches() && !s.strip().toUpperCase(Locale.ROOT).startsWith("END")) {
                throw new MigrationException("Migration " + m.file().getFileName() + ", statement " + (i + 1) + ": " + firstLine(s)
                        + "\n  Remove it: each migration already runs in its own transaction (and D1 refuses transaction statements).");
            }
            int bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > db.capabilities().maxStatementBytes()) {
                throw new MigrationException("Migration " + m.file().getFileName() + ", statement " + (i + 1) + " is " + bytes + " bytes; "
                        + db.describe() + " accepts at most " + db.capabilities().maxStatementBytes()
                        + " bytes per statement. Split the statement (e.g. insert data in smaller batches).");
            }
        }
    }

    private static String firstLine(String s) {
        String l = s.strip().lines().findFirst().orElse("");
        return l.length() > 120 ? l.substring(0, 120) + "…" : l;
    }

    private static String abbreviate(String hash) {
        return hash == null ? "?" : hash.length() > 12 ? hash.substring(0, 12) : hash;
    }

    private static long count(List<MigrationState> states, MigrationState.State state) {
        return states.stream().filter(s -> s.state() == state).count();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
