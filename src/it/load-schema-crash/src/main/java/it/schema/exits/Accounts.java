package it.schema.exits;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

public final class Accounts extends Table {
    public static final Accounts ACCOUNTS = new Accounts();

    public final Column id = integer("id").primaryKey();

    private Accounts() {
        super("accounts");
        if (System.getenv("NEVER_SET_" + 42) == null) System.exit(3);
    }
}
