package com.acme.schema;
import static dev.godwit.schema.model.FkAction.*;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Posts extends Table {
    public static final Posts POSTS = new Posts();
    public final Column id = integer("id").primaryKey().autoIncrement();
    public final Column orgId = integer("org_id").notNull().references(() -> Orgs.ORGS.id).onDelete(CASCADE);
    public final Column authorId = integer("author_id").references(() -> Users.USERS.id).onDelete(SET_NULL);
    public final Column title = text("title").notNull();
    public final Column body = text("body");
    public final Column status = text("status").notNull().defaultValue("draft");
    public final Column publishedAt = text("published_at");
    public final Column deletedAt = integer("deleted_at");
    public final Column priceCents = integer("price_cents");
    private Posts() {
        super("posts");
        check("posts_status_check", status.sql() + " IN ('draft','published','archived')");
        index("posts_live_idx").on(orgId, publishedAt).where("deleted_at IS NULL");
    }
}
