package dev.godwit.engine.migrate;

import dev.godwit.engine.EngineLog;
import java.util.ArrayList;
import java.util.List;

/**
 * db:apply's decision on a database's history before anything is applied: rows of migrations the folder lacks (another
 * branch's), applied migrations edited since, migrations moved under another "when", migrations skipped. One decision for
 * one database ({@link Migrator}) and for each database of a fleet, so the two cannot drift apart. It refuses by throwing a
 * {@link MigrationException} and warns through the log (a row written twice, what an -Ddb.ignore... lets through).
 */
public final class HistoryCheck {

    /**
     * How the database's messages name it in the commands of the way on.
     *
     * @param repair  the db:repair command for this database ({@code mvn db:repair}; in a fleet with its {@code -Ddb.d1.databaseId})
     * @param wayBack how this database goes back to before a migration (a restore command)
     * @param apply   the db:apply command to name for a one-off override, where the run was no db:apply (an application's
     *                Godwit.migrate, which takes no such option); null: "pass" the flag to this run
     */
    public record Place(String repair, String wayBack, String apply, java.util.function.Function<List<AppliedMigration>, String> wayBackBefore) {
        public Place(String repair, String wayBack) {
            this(repair, wayBack, null);
        }

        public Place(String repair, String wayBack, String apply) {
            this(repair, wayBack, apply, null);
        }

        /** As this place with {@code before}: the way back to before given rows' migrations ran ({@link dev.godwit.engine.restore.WayBack}). */
        public Place goingBackWith(java.util.function.Function<List<AppliedMigration>, String> before) {
            return new Place(repair, wayBack, apply, before);
        }

        /**
         * How this database goes back to before {@code rows}' migrations ran: a command that works as pasted where the project's
         * records name the state, else what to look up where; {@link #wayBack} where nothing tells.
         */
        String wayBack(List<AppliedMigration> rows) {
            if (wayBackBefore == null || rows.isEmpty()) return wayBack;
            String said = wayBackBefore.apply(rows);
            return said == null ? wayBack : said;
        }

        /** How to try again once the way on is taken: the goal run again, or an application's next start. */
        String again() {
            return apply == null ? "run db:apply again" : "start the application again";
        }

        /** How to give {@code flag} ({@code -Ddb.ignoreChecksums}) once. */
        String pass(String flag) {
            return apply == null ? "pass " + flag : "run " + apply + " " + flag + " once (Godwit.migrate takes no such option)";
        }
    }

    private HistoryCheck() {
    }

    /**
     * The checksum file that records {@code m}'s SQL as an edit db:repair recorded ({@code <hash> when=<n> edited}), shown as a
     * path; null when it has none, or one for other SQL. An applied migration whose file is such an edit was repaired on another
     * database (a teammate's, staging): this one needs db:repair too, not the file restored.
     */
    public static String recordedEdit(dev.godwit.engine.folder.Migration m) {
        return sumRecordingItsSql(m, true);
    }

    /**
     * The checksum file that records {@code m}'s SQL as db:generate wrote it (no edit mark), shown as a path; null otherwise. An
     * applied migration whose file is so is not the edited side: the history holds other SQL for it (an edit db:repair recorded
     * here, then undone in the file, by git revert say), and "restore the file from version control" would change nothing.
     */
    static String generatedAsIs(dev.godwit.engine.folder.Migration m) {
        return sumRecordingItsSql(m, false);
    }

    /**
     * The checksum file of {@code m}, shown as a path, when it records {@code m}'s SQL and is marked as an edit db:repair recorded
     * ({@code edit}), or as db:generate wrote it (no mark; a file db:repair stamped as it found it is neither: maybe edited since
     * it ran); null otherwise, or when it cannot be read (db:verify names that).
     */
    private static String sumRecordingItsSql(dev.godwit.engine.folder.Migration m, boolean edit) {
        if (m == null || m.file() == null || m.file().getParent() == null) return null;
        try {
            dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(m.file().getParent());
            boolean marked = folder.sumRecordsAnEdit(m.tag());
            if (edit != marked || !edit && folder.sumIsStamped(m.tag())) return null;
            String sum = folder.readSum(m.entry());
            return m.recordedBy(sum) ? folder.relative(folder.sumFile(m.tag())) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * What a row {@link Migrator#ranBetween} two applied migrations of the folder most likely is, and the way on: the migration
     * taken out of the middle of the folder after it ran, to be restored from version control, not its row removed.
     */
    public static String takenOut(List<dev.godwit.engine.folder.Migration> between) {
        String shown = between.get(0).shownFile();
        String dir = shown.contains("/") ? shown.substring(0, shown.lastIndexOf('/')) : ".";
        return "it ran here between " + between.get(0).tag() + " and " + between.get(1).tag() + ", which the folder has: a migration"
                + " taken out of the middle of the folder after it ran? A database built from the folder would lack what it made."
                + " Restore it from version control (git log --diff-filter=D"
                + " --oneline -- " + dir + " names the commit that deleted it)";
    }

    /**
     * What a row {@link Migrator#ranBetween} two applied migrations ({@code between}) most likely is: {@link #takenOut}, or, where
     * {@link Migrator#squashedInto} names the first of them ({@code baseline}, else null), a migration that baseline replaced in a
     * squash by hand (said as db:status, db:apply's warning and db:repair all say it).
     */
    public static String takenOut(List<dev.godwit.engine.folder.Migration> between, dev.godwit.engine.folder.Migration baseline) {
        if (baseline == null) return takenOut(between);
        String shown = between.get(0).shownFile();
        String dir = shown.contains("/") ? shown.substring(0, shown.lastIndexOf('/')) : ".";
        return "it ran here between " + baseline.tag() + " and " + between.get(1).tag() + ", which the folder has, and " + baseline.tag()
                + "'s own row records other SQL than its file (EDITED): a migration " + baseline.tag() + " replaced, in a squash by hand that kept"
                + " the \"when\" of the first migration it replaced? Where this database ran every migration of the squash, db:repair -Ddb.force"
                + " re-records " + baseline.tag() + "'s checksum and removes the rows of the ones it replaced (if a migration was taken out of the"
                + " middle of the folder instead, restore it from version control: git log --diff-filter=D --oneline -- " + dir
                + " names the commit that deleted it)";
    }

    /**
     * The way on for a database that ran a migration's SQL from before db:rebase regenerated it (the feature branch's dev database):
     * its branch is merged, so "merge the branch that has it" leads nowhere, and db:baseline refuses while the old row remains.
     */
    public static String rebasedWayOn(String repair) {
        return "This database ran that SQL from before the merge, not what the folder now has (the branch is merged: nothing more to"
                + " merge). On a development database, go back to before it or start it afresh, then run db:apply; or bring it to the"
                + " folder's last schema with db:push and run " + repair + ", which removes the old row and records as applied the"
                + " migrations whose schema the database then has (db:baseline refuses while the row remains).";
    }

    /** How many names a message lists before "and N more": a squash of 300 migrations leaves 300 rows, not a 15 KB line. */
    public static final int SHOWN = 10;

    /** The first {@link #SHOWN} names, then how many more and where they are all listed ({@code whereAll}). */
    public static String someOf(List<String> names, String whereAll) {
        if (names.size() <= SHOWN) return String.join(", ", names);
        return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more (" + whereAll + ")";
    }

    /** The last {@link #SHOWN} names, after how many come before them and where they are all listed: for a list to pick the latest from. */
    public static String lastOf(List<String> names, String whereAll) {
        if (names.size() <= SHOWN) return String.join(", ", names);
        return (names.size() - SHOWN) + " earlier (" + whereAll + "), then " + String.join(", ", names.subList(names.size() - SHOWN, names.size()));
    }

    /**
     * The migrations never applied here (and not moved rows' new places) that come before the latest "when" a moved row would
     * take: once the rows are moved they read as skipped.
     */
    private static List<String> strandedByMove(List<MigrationState> states) {
        long latest = Long.MIN_VALUE;
        for (MigrationState s : states) {
            if (Migrator.notRecorded(s) && s.sameSqlAs() != null && s.migration() != null) latest = Math.max(latest, s.migration().when());
        }
        List<String> out = new ArrayList<>();
        for (MigrationState s : states) {
            if (Migrator.notRecorded(s) && s.sameSqlAs() == null && s.migration() != null && s.migration().when() < latest) {
                out.add(s.migration().fileName());
            }
        }
        return out;
    }

    private static List<AppliedMigration> rowsOf(List<MigrationState> states, java.util.function.Predicate<MigrationState> which) {
        return states.stream().filter(which).map(MigrationState::applied).filter(java.util.Objects::nonNull).toList();
    }

    /** The rows of migrations moved under another "when" since they ran (the pending migration of the same SQL names them). */
    private static List<AppliedMigration> movedRows(List<MigrationState> states) {
        java.util.Set<String> moved = new java.util.HashSet<>();
        for (MigrationState p : states) if (Migrator.notRecorded(p) && p.sameSqlAs() != null) moved.add(p.sameSqlAs());
        return rowsOf(states, s -> s.state() == MigrationState.State.MISSING_LOCALLY && moved.contains(s.name()));
    }

    /** The rows of the migrations that ran after the first skipped one's place: going back to before them makes room for it. */
    private static List<AppliedMigration> ranAfterSkipped(List<MigrationState> states) {
        int first = -1;
        for (int i = 0; i < states.size() && first < 0; i++) if (states.get(i).state() == MigrationState.State.SKIPPED) first = i;
        if (first < 0) return List.of();
        List<MigrationState> after = states.subList(first + 1, states.size());
        return rowsOf(after, s -> s.applied() != null && s.state() != MigrationState.State.MISSING_LOCALLY);
    }

    /** "; created_at ... is 0002_age before db:rebase regenerated its SQL (...)" for each such row of {@code missing}; empty where none is. */
    private static String regeneratedOnes(List<MigrationState> states, List<String> missing) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (MigrationState s : states) {
            if (s.migration() != null || !missing.contains(s.name()) || shown == SHOWN) continue;
            Migrator.Regenerated r = Migrator.regenerated(s, states);
            if (r == null) continue;
            out.append(shown++ == 0 ? " (" : "; ").append(s.name()).append(" is ").append(r.told());
        }
        return out.length() == 0 ? "" : out.append(": this database ran its SQL from before the merge)").toString();
    }

    /** Whether git has every one of the files as it is on disk: asked once for them all (a git that hangs costs its 10 s once). */
    private static boolean allAsCommitted(List<java.nio.file.Path> files) {
        return dev.godwit.engine.folder.VersionControl.asCommitted(files).containsAll(files);
    }

    /**
     * Why an applied migration's row holds other SQL than its file when git has the file as it is, and the way on: most likely the
     * file mixed CRLF and LF when it ran (lines saved on Windows into a file with LF), and the row holds the hash of that mixed
     * text, which Godwit recorded so before it recorded such a file's LF text: git keeps one kind of line end, so no checkout gives
     * those bytes back. {@code repair}: the db:repair command for this database.
     */
    public static String asCommittedWhy(List<MigrationState> states, String repair) {
        String files = String.join(" ", states.stream().filter(st -> st.state() == MigrationState.State.CHECKSUM_MISMATCH)
                .map(st -> st.migration().shownFile()).toList());
        return "Most likely a file mixed CRLF and LF line ends when it was applied here (lines saved on Windows into a file with LF), and"
                + " its row holds the hash of that mixed text, as Godwit recorded such a file before it recorded its text with LF line ends:"
                + " git keeps one kind of line end, so no checkout gives those bytes back. If no commit changed the SQL since it ran here"
                + " (git log -p -- " + files + "), record the files as they are with " + repair + " (it re-records the checksum in the"
                + " history; no SQL runs); if one did, revert that change and put it in a new migration (mvn db:generate).";
    }

    public static void check(List<MigrationState> states, HistoryTable history, ApplyOptions options, Place place, EngineLog log) {
        List<String> edited = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean pending = states.stream().anyMatch(s -> s.state() == MigrationState.State.PENDING);
        for (MigrationState s : states) {
            if (s.state() == MigrationState.State.CHECKSUM_MISMATCH) edited.add(s.migration().file().getFileName().toString());
            if (s.state() == MigrationState.State.SKIPPED) skipped.add(s.migration().file().getFileName().toString());
            if (s.state() == MigrationState.State.MISSING_LOCALLY && Migrator.copied(states, s.applied()) != null) {
                // a row written twice records nothing the folder lacks: nothing to refuse
                log.warn(history.name() + " holds " + s.name() + ": the migration is recorded twice. " + place.repair() + " removes the copy.");
            } else if (s.state() == MigrationState.State.MISSING_LOCALLY) {
                missing.add(s.name());
            }
        }
        List<String> moved = Migrator.movedApplied(states, history);
        List<String> renumbered = new ArrayList<>();
        for (MigrationState s : states) {
            dev.godwit.engine.folder.Migration now = history instanceof HistoryTable.Wrangler ? Migrator.renumbered(s, states) : null;
            if (now != null) renumbered.add(s.name() + " (now " + now.fileName() + "?)");
        }
        if (!renumbered.isEmpty() && pending) {
            // applied, it ran again (a hotfix's UPDATE twice on production); -Ddb.ignoreMissing too: the folder has them, renamed
            throw new MigrationException("The database records " + someOf(renumbered, place.repair() + " names them all") + ", whose name the folder has under another"
                    + " number: db:rebase renumbers a merged branch's migrations (a release branch's hotfix that ran here before the merge),"
                    + " and " + history.name() + " keeps file names only, so applying would run " + (renumbered.size() == 1 ? "it" : "them")
                    + " a second time" + (options.ignoreMissing() ? " (-Ddb.ignoreMissing too: the folder has them, under new names)" : "")
                    + ". " + place.repair() + " names the UPDATE that records the new name (or the DELETE, if it is another migration that"
                    + " must run). Nothing was applied.");
        }
        List<String> renamed = new ArrayList<>();
        if (history instanceof HistoryTable.Wrangler && options.ignoreMissing()) {
            for (MigrationState s : states) {
                String pendingUnderItsNumber = s.state() == MigrationState.State.MISSING_LOCALLY && missing.contains(s.name()) ? StatusTable.sameNumber(s, states) : null;
                if (pendingUnderItsNumber != null) {
                    renamed.add(s.name() + " (" + pendingUnderItsNumber + (pendingUnderItsNumber.endsWith(".sql") ? "" : ".sql") + " pending under its number)");
                }
            }
        }
        if (!renamed.isEmpty() && pending) {
            // wrangler's history keeps file names only: a renamed migration (a data fix renamed by hand) reads as missing plus pending,
            // and -Ddb.ignoreMissing, the refusal's own way on, ran it a second time
            throw new MigrationException("The database records " + someOf(renamed, place.repair().replace("db:repair", "db:status") + " lists them all")
                    + ", which the folder does not have while a pending migration has " + (renamed.size() == 1 ? "its" : "their") + " number: most likely "
                    + (renamed.size() == 1 ? "that file renamed" : "those files renamed") + ", and " + history.name() + " keeps file names only, so"
                    + " applying would run " + (renamed.size() == 1 ? "it" : "them") + " a second time (-Ddb.ignoreMissing too). If renamed, rename "
                    + (renamed.size() == 1 ? "it" : "them") + " back, or record the new name with " + place.repair() + " (it checks the database's"
                    + " schema first); if it is another migration (another branch's), bring that one into the folder, or remove its row with "
                    + place.repair() + " where it was abandoned. Nothing was applied.");
        }
        if (!missing.isEmpty() && pending && !options.ignoreMissing() && moved.isEmpty()) {
            // As Flyway's validate: pending migrations on top of one the folder does not have may repeat or undo what it did
            // (a branch's migration rebased into another with regenerated SQL, a dropped one).
            throw new MigrationException("The database records " + (missing.size() > SHOWN ? missing.size() + " " : "") + "migration(s) the"
                    + " folder does not have: " + someOf(missing, place.repair().replace("db:repair", "db:status") + " lists them all")
                    + regeneratedOnes(states, missing)
                    + ". Applying the pending ones on top could repeat or undo what those did (a migration rebased with regenerated SQL by"
                    + " db:rebase, or dropped after it ran here). On a development database, go back to before it"
                    + " (" + place.wayBack(rowsOf(states, s -> s.state() == MigrationState.State.MISSING_LOCALLY && missing.contains(s.name())))
                    + ") or start it afresh; if those rows are from an abandoned branch, remove them with "
                    + place.repair() + "; if the folder's migrations were squashed (or, with wrangler's history, renamed), " + place.repair()
                    + " records the new ones the database already has (or renames the rows); to apply anyway, " + place.pass("-Ddb.ignoreMissing") + "."
                    + " Nothing was applied.");
        }
        // an application finding rows after its own last migration was most likely rolled back to an older version: one warning
        // naming them all and what that means, not one "(applied from another branch?)" per row
        List<MigrationState> ahead = place.apply() == null ? List.of() : ApplicationBehind.rowsAhead(states, missing);
        if (!ahead.isEmpty()) {
            if (options.refuseAhead()) throw new MigrationException(ApplicationBehind.refusal(ahead, states));
            log.warn(ApplicationBehind.warning(ahead, states));
            missing.removeAll(ahead.stream().map(MigrationState::name).toList());
        }
        if (missing.size() > SHOWN) {
            log.warn("The database records " + missing.size() + " migrations that are not in the folder (applied from another branch, or the"
                    + " folder squashed?): " + someOf(missing, place.repair().replace("db:repair", "db:status") + " lists them all"));
        } else {
            String why = " (applied from another branch?)";
            for (String m : missing) {
                List<dev.godwit.engine.folder.Migration> between = states.stream().filter(s -> m.equals(s.name()) && s.migration() == null)
                        .map(s -> Migrator.ranBetween(s, states)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                dev.godwit.engine.folder.Migration baseline = Migrator.squashedInto(between, states);
                Migrator.Regenerated regenerated = states.stream().filter(s -> m.equals(s.name()) && s.migration() == null)
                        .map(s -> Migrator.regenerated(s, states)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                log.warn("The database records a migration that is not in the folder: " + m
                        + (regenerated != null ? ": it is " + regenerated.told() + ". " + rebasedWayOn(place.repair())
                        : between == null ? why : "; " + takenOut(between, baseline) + (baseline != null ? "."
                        : ". " + place.repair() + " removes its row only with -Ddb.force.")));
            }
        }
        String all = place.repair().replace("db:repair", "db:status") + " lists them all";
        List<String> recordedEdits = states.stream().filter(s -> s.state() == MigrationState.State.CHECKSUM_MISMATCH)
                .map(s -> recordedEdit(s.migration())).filter(java.util.Objects::nonNull).toList();
        if (!edited.isEmpty() && recordedEdits.size() == edited.size()) {
            // the file in version control is the edited one: "restore it" would give the same file; each database records it once
            String msg = "Applied migration(s) changed since they were applied here: " + someOf(edited, all) + ". The edit was recorded as"
                    + " deliberate with db:repair on another database (" + someOf(recordedEdits, "in meta/_sums/") + " record" + (recordedEdits.size() == 1 ? "s" : "")
                    + " this SQL as an edit), and each database records it once: run " + place.repair() + " for this one (it re-records the"
                    + " checksum in its history; no SQL runs).";
            if (!options.ignoreChecksums()) throw new MigrationException(msg + " To apply anyway this once, " + place.pass("-Ddb.ignoreChecksums") + ". Nothing was applied.");
            log.warn(msg + " Continuing because of -Ddb.ignoreChecksums.");
        } else if (!edited.isEmpty() && states.stream().filter(st -> st.state() == MigrationState.State.CHECKSUM_MISMATCH)
                .allMatch(st -> generatedAsIs(st.migration()) != null)) {
            // the files are as db:generate wrote them: it is the history that holds other SQL
            String msg = "Applied migration(s) " + someOf(edited, all) + " are recorded in " + history.name() + " with other SQL than"
                    + " their files, which are as db:generate wrote them (their checksum files in meta/_sums/ say so): the SQL that ran here"
                    + " was an edit recorded with db:repair and undone since (git revert), or another branch's version of the file. If"
                    + " this database holds what the files make, record them with " + place.repair() + " (no SQL runs).";
            if (!options.ignoreChecksums()) throw new MigrationException(msg + " To apply anyway this once, " + place.pass("-Ddb.ignoreChecksums") + ". Nothing was applied.");
            log.warn(msg + " Continuing because of -Ddb.ignoreChecksums.");
        } else if (!edited.isEmpty() && allAsCommitted(states.stream().filter(st -> st.state() == MigrationState.State.CHECKSUM_MISMATCH)
                .map(st -> st.migration().file()).toList())) {
            // the files are as git has them: "restore the file from version control" gives the same bytes back
            String msg = "Applied migration(s) " + someOf(edited, all) + " are recorded in " + history.name() + " with other SQL than their"
                    + " files, which are as version control has them (git status lists no change), so restoring them changes nothing. " + asCommittedWhy(states, place.repair());
            if (!options.ignoreChecksums()) throw new MigrationException(msg + " To apply anyway this once, " + place.pass("-Ddb.ignoreChecksums") + ". Nothing was applied.");
            log.warn(msg + " Continuing because of -Ddb.ignoreChecksums.");
        } else if (!edited.isEmpty()) {
            String msg = "Applied migration(s) changed since they were applied: " + someOf(edited, all)
                    + ". An applied migration must not be edited: restore the file from version control and put new changes in a new migration (mvn db:generate).";
            if (!options.ignoreChecksums()) {
                throw new MigrationException(msg + " If the edit is deliberate (a comment, a reviewed fix), record it with " + place.repair()
                        + "; to apply anyway this once, " + place.pass("-Ddb.ignoreChecksums") + ".");
            }
            log.warn(msg + " Continuing because of -Ddb.ignoreChecksums.");
        }
        if (!moved.isEmpty()) {
            List<String> stranded = strandedByMove(states);
            String then = stranded.isEmpty()
                    ? "\n  If it is the same migration, " + place.repair() + " moves its history row along (or run the statement above), then "
                    + place.again() + "."
                    // db:rebase moved this database's own migration after others it never ran (the feature branch's dev database): with
                    // the row moved they would read as skipped, which db:apply refuses, so the repair alone is no way on
                    : "\n  This database ran it before " + someOf(stranded, all) + ", which it never applied and which now come first: with"
                    + " its row moved (" + place.repair() + "), they would be older than the last applied migration, which db:apply refuses"
                    + " (drizzle-orm's migrator would skip them). On a development database, go back to before it (" + place.wayBack(movedRows(states))
                    + ") or"
                    + " start it afresh, then " + (place.apply() == null ? "run db:apply" : "start the application") + ". On a database that cannot go back (production ran a release branch's hotfix),"
                    + " move the row, then " + place.pass("-Ddb.outOfOrder") + " to apply them after it.";
            throw new MigrationException("Migration(s) already applied under another \"when\" would run again (their \"when\" changed after they"
                    + " were applied: db:rebase, a merge, an edit of meta/_journal.json), and repeat what they did:\n  - " + String.join("\n  - ", moved)
                    + then + " If its SQL must"
                    + " really run twice, make it a new migration (mvn db:generate -Ddb.custom). Nothing was applied.");
        }
        if (!skipped.isEmpty() && options.outOfOrder()) {
            log.warn("Applying " + someOf(skipped, all) + " out of order (-Ddb.outOfOrder): " + (skipped.size() == 1 ? "it is" : "they are")
                    + " older than the last migration this database applied, and " + (skipped.size() == 1 ? "runs" : "run") + " after it. drizzle-orm's migrator would skip "
                    + (skipped.size() == 1 ? "it" : "them") + " on this database.");
        } else if (!skipped.isEmpty()) {
            throw new MigrationException("Migration(s) " + someOf(skipped, all) + " were never applied but are older than the last applied migration"
                    + ": this database ran newer ones first (another branch's, or ones db:rebase moved after them). drizzle-orm's migrator"
                    + " would skip them silently. On a development database, go back to before them (" + place.wayBack(ranAfterSkipped(states))
                    + ") or"
                    + " start it afresh. Only if they exist on your branch alone and ran nowhere else, move their changes into a new"
                    + " migration (mvn db:drop them, then mvn db:generate); never remove migrations another database has. On a database that"
                    + " cannot go back (production ran a release branch's hotfix first), " + place.pass("-Ddb.outOfOrder") + " to apply them"
                    + " after the newer ones. Nothing was applied.");
        }
    }
}
