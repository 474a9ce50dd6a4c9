package it.schema.sneaky;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** Ends the JVM through reflection, which no class-file check can see: the shutdown-hook backstop names the class. */
public final class Accounts extends Table {
    public static final Accounts ACCOUNTS = new Accounts();

    public final Column id = integer("id").primaryKey();

    private Accounts() {
        super("accounts");
        try {
            Class.forName("java.lang." + "System").getMethod("ex" + "it", int.class).invoke(null, 3);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
