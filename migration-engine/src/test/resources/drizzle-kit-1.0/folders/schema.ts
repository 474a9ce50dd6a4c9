import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  displayName: text('display_name'),
  createdAt: integer('created_at').notNull().default(sql`(unixepoch())`),
});
export const posts = sqliteTable('posts', {
  id: integer('id').primaryKey(),
  authorId: integer('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  published: integer('published').notNull().default(0),
}, (t) => [index('posts_author_idx').on(t.authorId), uniqueIndex('posts_title_uq').on(t.authorId, t.title)]);
import { primaryKey, check, sqliteView, real } from 'drizzle-orm/sqlite-core';
export const memberships = sqliteTable('memberships', {
  userId: integer('user_id').notNull().references(() => users.id),
  postId: integer('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['owner', 'editor'] }).notNull().default('editor'),
  score: real('score').default(0.5),
  lower: text('lower_role').generatedAlwaysAs(sql`lower(role)`, { mode: 'virtual' }),
}, (t) => [primaryKey({ columns: [t.userId, t.postId] }), check('score_ok', sql`${t.score} >= 0`)]);
export const published = sqliteView('published_posts').as((qb) => qb.select({ id: posts.id, title: posts.title }).from(posts).where(sql`${posts.published} = 1`));
