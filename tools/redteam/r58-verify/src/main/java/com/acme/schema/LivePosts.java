package com.acme.schema;
import dev.godwit.schema.View;
public final class LivePosts extends View {
    public static final LivePosts LIVE_POSTS = new LivePosts();
    private LivePosts() { super("live_posts", "select p.id, p.title, u.email from posts p left join users u on u.id = p.author_id where p.deleted_at is null"); }
}
