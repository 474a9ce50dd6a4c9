package com.acme.schema;
import static dev.godwit.schema.model.FkAction.*;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Comments extends Table {
    public static final Comments COMMENTS = new Comments();
    public final Column id = integer("id").primaryKey().autoIncrement();
    public final Column postId = integer("post_id").notNull().references(() -> Posts.POSTS.id).onDelete(CASCADE);
    public final Column parentId = integer("parent_id").references(() -> Comments.COMMENTS.id).onDelete(CASCADE);
    public final Column authorId = integer("author_id").references(() -> Users.USERS.id).onDelete(SET_NULL);
    public final Column body = text("body").notNull();
    public final Column createdAt = integer("created_at").notNull();
    public final Column hidden = integer("hidden").notNull().defaultValue(0);
    private Comments() { super("comments"); index("comments_post_idx").on(postId); }
}
