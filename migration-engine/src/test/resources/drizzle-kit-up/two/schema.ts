import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: integer("created_at").default(sql`(unixepoch())`),
}, (t) => ({
  emailIdx: uniqueIndex("users_email_idx").on(t.email),
}));

export const posts = sqliteTable("posts", {
  id: integer("id").primaryKey(),
  authorId: integer("author_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  title: text("title").notNull().default("untitled"),
}, (t) => ({
  authorIdx: index("posts_author_idx").on(t.authorId),
}));

export const tagsOnPosts = sqliteTable("tags_on_posts", {
  postId: integer("post_id").notNull().references(() => posts.id),
  tag: text("tag").notNull(),
}, (t) => ({
  pk: primaryKey({ columns: [t.postId, t.tag] }),
}));
