package com.acme.schema;
import static dev.godwit.schema.model.ColumnMode.*;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Orgs extends Table {
    public static final Orgs ORGS = new Orgs();
    public final Column id = integer("id").primaryKey().autoIncrement();
    public final Column name = text("name").notNull();
    public final Column slug = text("slug").notNull().unique();
    public final Column plan = text("plan").notNull().defaultValue("free");
    public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
    private Orgs() { super("orgs"); check("orgs_plan_check", plan.sql() + " IN ('free','pro','enterprise')"); }
}
