package dev.godwit.engine.daemon.warmup;

import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** A small Java schema the daemon generates from while it warms up ({@code DaemonWarmUp}): the DSL, as schema classes use it. */
public final class WarmUpTables {

    private WarmUpTables() {
    }

    public static final class Accounts extends Table {
        public static final Accounts ACCOUNTS = new Accounts();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column name = text("name").notNull();
        public final Column email = text("email").notNull().unique();
        public final Column active = integer("active").mode(BOOLEAN).notNull().defaultValue(true);
        public final Column settings = text("settings").mode(JSON);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Accounts() {
            super("warm_up_accounts");
            index("warm_up_accounts_name_idx").on(name, createdAt);
            check("warm_up_accounts_email_has_at", "instr(" + email.sql() + ", '@') > 0");
        }
    }

    public static final class Entries extends Table {
        public static final Entries ENTRIES = new Entries();

        public final Column id = integer("id").primaryKey();
        public final Column accountId = integer("account_id").notNull().references(() -> Accounts.ACCOUNTS.id).onDelete(CASCADE);
        public final Column amount = real("amount").notNull().defaultValue(0);
        public final Column note = text("note");
        public final Column data = blob("data");

        private Entries() {
            super("warm_up_entries");
            index("warm_up_entries_account_idx").on(accountId).where(note.sql() + " IS NOT NULL");
            unique("warm_up_entries_account_note_uq").on(accountId, note);
        }
    }
}
