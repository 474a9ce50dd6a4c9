package dev.godwit.engine.migrate;

import dev.godwit.engine.folder.Tags;
import java.util.ArrayList;
import java.util.List;

/** The text table db:status prints: each migration's state, what needs attention and why, the counts. */
public final class StatusTable {

    /** Before db:apply's first refusal (the history's, or a pending migration's): pending is not "behind" where the apply would move nothing. */
    public static final String REFUSED = "db:apply refuses here before sending anything: ";

    private StatusTable() {
    }

    /**
     * @param keepsAppliedTime whether the history table records when each migration was applied (wrangler's
     *                         {@code d1_migrations} and drizzle-orm 1.0's {@code __drizzle_migrations} do, {@link HistoryTable#keepsAppliedTime};
     *                         drizzle-orm 0.x's keeps only the journal's generation time, so that is what is shown, labelled as such)
     */
    public static List<String> render(List<MigrationState> states, boolean keepsAppliedTime) {
        return render(states, keepsAppliedTime, "mvn db:repair");
    }

    /** @param repair the db:repair command for this database: with what picked it on the command line (-Ddb.d1.databaseId=ID) */
    public static List<String> render(List<MigrationState> states, boolean keepsAppliedTime, String repair) {
        return render(states, keepsAppliedTime, repair, null);
    }

    /** @param refusal db:apply's first refusal of this database before it sends anything ({@code Migrator.applyRefusal}), or null */
    public static List<String> render(List<MigrationState> states, boolean keepsAppliedTime, String repair, String refusal) {
        return render(states, keepsAppliedTime, repair, refusal, List.of());
    }

    /** @param lost the migrations whose journal entry a merge lost, with their rows here ({@code Migrator.lostEntries}) */
    public static List<String> render(List<MigrationState> states, boolean keepsAppliedTime, String repair, String refusal,
                                      List<LostEntryRows.Lost> lost) {
        List<String> out = new ArrayList<>();
        List<String> lostLines = new ArrayList<>();   // a lost entry's row: not another branch's, and not to remove
        java.util.function.Function<MigrationState, String> shown = s -> {
            LostEntryRows.Lost l = s.state() == MigrationState.State.MISSING_LOCALLY ? LostEntryRows.recording(lost, s.applied()) : null;
            return l != null ? l.tag() : s.name();
        };
        int width = Math.max(9, states.stream().mapToInt(s -> shown.apply(s).length()).max().orElse(9));
        out.add(String.format("  %-" + width + "s  %-8s  %s", "Migration", "State",
                keepsAppliedTime ? "Applied at / note" : "Generated at (this history table keeps no applied time) / note"));
        long pending = 0;
        long applied = 0;
        List<String> foreign = new ArrayList<>();   // rows of migrations the folder lacks, with nothing here to pair them with
        List<String> takenOut = new ArrayList<>();   // such rows between two applied migrations: not another branch's on top
        List<String> rebased = new ArrayList<>();   // rows of migrations db:rebase regenerated since they ran here: their branch is merged
        for (MigrationState s : states) {
            String when = "";
            if (s.applied() != null) {
                when = s.applied().appliedAt() != null ? s.applied().appliedAt()
                        : s.applied().createdAt() != null ? "generated " + java.time.Instant.ofEpochMilli(s.applied().createdAt())
                        // drizzle-orm 1.0's table: a row its migrate() took over from drizzle-orm 0.x has applied_at NULL
                        + (keepsAppliedTime ? " (its row keeps no applied time)" : "") : "";
            }
            String state = switch (s.state()) {
                case APPLIED -> "applied";
                case PENDING -> s.sameSqlAs() == null ? "pending" : "MOVED";
                case CHECKSUM_MISMATCH -> "EDITED";
                case SKIPPED -> "SKIPPED";
                case MISSING_LOCALLY -> "MISSING";
                case FILE_MISSING -> "NO FILE";
            };
            String note = s.state() == MigrationState.State.APPLIED || s.state() == MigrationState.State.PENDING ? when
                    : s.state() == MigrationState.State.FILE_MISSING ? "in the journal, but " + s.migration().shownFile() + " is not in the folder"
                    + (s.applied() != null ? " (applied here)" : " (not applied here)") : s.state().label() + (when.isEmpty() ? "" : " (" + when + ")");
            MigrationState original = s.state() == MigrationState.State.MISSING_LOCALLY ? Migrator.copied(states, s.applied()) : null;
            LostEntryRows.Lost l = original == null ? LostEntryRows.recording(lost, s.applied()) : null;
            if (l != null) {
                // drizzle's history: the row names no file; wrangler's: every .sql file is a migration, so it reads applied
                note = (s.state() == MigrationState.State.MISSING_LOCALLY ? "applied (" + when + "); its .sql file is in the folder, but"
                        : note + "; but") + " the journal lost its entry in a merge (see below)";
                lostLines.add(l.told() + ". " + LostEntryRows.keepTheRow(l, repair) + ".");
            } else if (original != null) {
                note = original.name() + " is recorded twice: " + repair + " removes the copy (db:apply warns and goes on)";
            } else if (s.sameSqlAs() != null && s.state() == MigrationState.State.PENDING) {
                note = "already applied: the history row " + s.sameSqlAs() + " records its SQL under an older \"when\" (db:rebase or a merge"
                        + " moved it); " + repair + " moves that row, db:apply refuses to run it twice";
            } else if (s.sameSqlAs() != null) {
                note += "; the same SQL as " + s.sameSqlAs() + ", moved (see there)";
            } else if (Migrator.regenerated(s, states) != null) {
                note += "; " + Migrator.regenerated(s, states).migration().tag() + " before db:rebase regenerated it (see below)";
                rebased.add(s.name() + " is " + Migrator.regenerated(s, states).told());
            } else if (Migrator.renumbered(s, states) != null) {
                note += "; " + Migrator.renumbered(s, states).tag() + " has its name under another number (moved by db:rebase after it ran"
                        + " here?): " + repair + " names the UPDATE that records the new name";
            } else if (renumberedFrom(s, states) != null) {
                note = "the history row " + renumberedFrom(s, states) + " has its name under another number (this migration, moved by db:rebase"
                        + " after it ran here? " + repair + " says how to record it)";
            } else {
                String sameNumber = sameNumber(s, states);
                List<dev.godwit.engine.folder.Migration> between = Migrator.ranBetween(s, states);   // null but for a row the folder lacks
                if (sameNumber != null && s.state() == MigrationState.State.MISSING_LOCALLY) {
                    note += "; " + sameNumber + " has its number: if that is this file renamed, " + repair + " checks it against the"
                            + " database's schema and records the new name";
                } else if (sameNumber != null) {
                    note = "the history row " + sameNumber + " has its number (this file renamed? " + repair + " checks and records it)";
                } else if (between != null) {
                    dev.godwit.engine.folder.Migration baseline = Migrator.squashedInto(between, states);
                    note += "; ran between " + between.get(0).tag() + " and " + between.get(1).tag() + (baseline != null
                            ? ": replaced by " + between.get(0).tag() + " in a squash? (see below)" : ": taken out of the folder? (see below)");
                    takenOut.add(s.name() + ": " + HistoryCheck.takenOut(between, baseline));
                } else if (s.state() == MigrationState.State.MISSING_LOCALLY) {
                    foreign.add(s.name());
                }
            }
            out.add(String.format("  %-" + width + "s  %-8s  %s", shown.apply(s), state, note.strip()));
            if (s.state() == MigrationState.State.PENDING && s.sameSqlAs() == null) pending++;
            if (s.state() == MigrationState.State.APPLIED) applied++;
        }
        boolean anyPending = states.stream().anyMatch(s -> s.state() == MigrationState.State.PENDING);
        String tail = null;
        if (!foreign.isEmpty()) {
            // what db:apply's check does with them (Migrator.checkHistory): refuses pending migrations on top, else warns
            tail = "The history records " + foreign.size() + " migration(s) this folder does not have: "
                    + dev.godwit.engine.migrate.HistoryCheck.someOf(foreign, "listed above")
                    + " (applied from another branch, or dropped after " + (foreign.size() == 1 ? "it" : "they") + " ran here). "
                    + (anyPending ? "db:apply refuses to apply the pending ones on top while they remain: " : "db:apply warns of them: ")
                    + "merge the branch that has them, or, if they were abandoned, remove the rows with " + repair + ".";
            // none of the folder's migrations recorded, all pending: the folder regenerated (db:apply's refusal names it too)
            boolean allPending = states.stream().allMatch(s -> s.migration() == null ? s.state() == MigrationState.State.MISSING_LOCALLY
                    : s.state() == MigrationState.State.PENDING);
            if (anyPending && allPending) {
                tail += " The history records none of this folder's migrations and all of them are pending, as after a squash (the folder"
                        + " deleted and a fresh 0000 generated from the schema code): if so, " + repair + " removes those rows and records as"
                        + " applied the new migrations whose schema the database already has, so that db:apply does not run them on top.";
            }
        }
        if (!rebased.isEmpty()) {
            String was = "The history records " + rebased.size() + " migration(s) as they were before db:rebase regenerated their SQL: "
                    + String.join("; ", rebased.size() <= HistoryCheck.SHOWN ? rebased : rebased.subList(0, HistoryCheck.SHOWN))
                    + (rebased.size() > HistoryCheck.SHOWN ? "; and " + (rebased.size() - HistoryCheck.SHOWN) + " more" : "") + ". "
                    + HistoryCheck.rebasedWayOn(repair);
            tail = tail == null ? was : was + " " + tail;
        }
        String more = null;
        if (!takenOut.isEmpty()) {
            more = "The history records " + takenOut.size() + " migration(s) this folder does not have between migrations it has: "
                    + String.join("; ", takenOut.size() <= HistoryCheck.SHOWN ? takenOut : takenOut.subList(0, HistoryCheck.SHOWN))
                    + (takenOut.size() > HistoryCheck.SHOWN ? "; and " + (takenOut.size() - HistoryCheck.SHOWN) + " more" : "")
                    + ". " + repair + " removes such a row only with -Ddb.force (dropped on purpose, its changes in another migration, or squashed).";
        }
        out.add(applied + " applied, " + pending + " pending" + (states.size() > applied + pending ? ", " + (states.size() - applied - pending) + " need attention" : "") + ".");
        out.addAll(lostLines);
        if (tail != null) out.add(tail);
        if (more != null) out.add(more);
        if (refusal != null) out.add(REFUSED + refusal);
        return out;
    }

    /** For a pending migration, the name of the history row {@link Migrator#renumbered} pairs with it, or null. */
    private static String renumberedFrom(MigrationState s, List<MigrationState> states) {
        if (s.state() != MigrationState.State.PENDING || s.migration() == null) return null;
        for (MigrationState o : states) {
            if (Migrator.renumbered(o, states) == s.migration()) return o.name();
        }
        return null;
    }

    /**
     * For a row the folder lacks, the pending migration with its number, or for a pending migration such a row: wrangler's
     * history keeps file names only, so a file renamed after it was applied shows up as one of each.
     */
    static String sameNumber(MigrationState s, List<MigrationState> states) {
        MigrationState.State other = switch (s.state()) {
            case MISSING_LOCALLY -> MigrationState.State.PENDING;
            case PENDING -> MigrationState.State.MISSING_LOCALLY;
            default -> null;
        };
        String number = Tags.number(s.name());
        if (other == null || number == null) return null;
        for (MigrationState o : states) {
            // a row whose name a pending migration has under another number was moved, not renamed (db:rebase): no pair by number
            if (o.state() == other && o.sameSqlAs() == null && number.equals(Tags.number(o.name())) && Migrator.renumbered(o, states) == null) return o.name();
        }
        return null;
    }
}
