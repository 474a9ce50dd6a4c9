package com.acme.schema;
import static dev.godwit.schema.model.FkAction.*;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class PostTags extends Table {
    public static final PostTags POST_TAGS = new PostTags();
    public final Column postId = integer("post_id").notNull().references(() -> Posts.POSTS.id).onDelete(CASCADE);
    public final Column tagId = integer("tag_id").notNull().references(() -> Tags.TAGS.id).onDelete(CASCADE);
    private PostTags() { super("post_tags"); primaryKey(postId, tagId); }
}
