package com.a;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Ta extends Table {
    public static final Ta T = new Ta();
    public final Column id = integer("id").primaryKey();
    private Ta() { super("t_a"); }
}
