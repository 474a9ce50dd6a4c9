package com.b;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Tb extends Table {
    public static final Tb T = new Tb();
    public final Column id = integer("id").primaryKey();
    private Tb() { super("t_b"); }
}
