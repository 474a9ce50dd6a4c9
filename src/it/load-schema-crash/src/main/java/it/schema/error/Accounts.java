package it.schema.error;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

public final class Accounts extends Table {
    public static final Accounts ACCOUNTS;

    static {
        // An Error, not an Exception: the JVM does not wrap it in ExceptionInInitializerError.
        if (System.getenv("NEVER_SET_" + 42) == null) throw new AssertionError("accounts config missing");
        ACCOUNTS = new Accounts();
    }

    public final Column id = integer("id").primaryKey();

    private Accounts() {
        super("accounts");
    }
}
