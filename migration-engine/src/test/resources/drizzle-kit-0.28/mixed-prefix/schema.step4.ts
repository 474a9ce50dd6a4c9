import { sqliteTable, integer, text, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  displayName: text('display_name').notNull(),
  email: text('email').notNull(),
  role: text('role').notNull().default('member'),
  createdAt: integer('created_at').notNull().default(sql`(unixepoch())`),
  bio: text('bio'),
}, (t) => ({ emailUq: uniqueIndex('users_email_uq').on(t.email) }));
export const articles = sqliteTable('articles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  authorId: integer('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  score: real('score').default(0),
  published: integer('published', { mode: 'boolean' }).notNull().default(false),
}, (t) => ({ authorIdx: index('posts_author_idx').on(t.authorId), titleIdx: index('posts_title_idx').on(t.title) }));
export const comments = sqliteTable('comments', {
  id: integer('id').primaryKey(),
  articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
  body: text('body').notNull().default(''),
}, (t) => ({ articleIdx: index('comments_article_idx').on(t.articleId) }));
