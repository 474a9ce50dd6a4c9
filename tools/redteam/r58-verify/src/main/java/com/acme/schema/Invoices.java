package com.acme.schema;
import static dev.godwit.schema.model.FkAction.*;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Invoices extends Table {
    public static final Invoices INVOICES = new Invoices();
    public final Column id = integer("id").primaryKey().autoIncrement();
    public final Column orgId = integer("org_id").notNull().references(() -> Orgs.ORGS.id).onDelete(CASCADE);
    public final Column amount = real("amount").notNull();
    public final Column currency = text("currency").notNull().defaultValue("USD");
    public final Column status = text("status").notNull();
    public final Column issuedAt = text("issued_at").notNull();
    private Invoices() {
        super("invoices");
        check("invoices_currency_check", currency.sql() + " IN ('USD','EUR','GBP')");
        check("invoices_status_check", status.sql() + " IN ('open','paid','void')");
    }
}
