package com.acme.schema;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class AuditLog extends Table {
    public static final AuditLog AUDIT_LOG = new AuditLog();
    public final Column id = integer("id").primaryKey().autoIncrement();
    public final Column actorId = integer("actor_id");
    public final Column action = text("action").notNull();
    public final Column entity = text("entity").notNull();
    public final Column entityId = integer("entity_id");
    public final Column at = integer("at").notNull().defaultSql("(unixepoch())");
    private AuditLog() { super("audit_log"); }
}
