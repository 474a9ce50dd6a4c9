import { sqliteTable, AnySQLiteColumn, uniqueIndex, integer, text, foreignKey } from "drizzle-orm/sqlite-core"
  import { sql } from "drizzle-orm"

export const users = sqliteTable("users", {
	id: integer("id").primaryKey(),
	email: text("email").notNull(),
},
(table) => {
	return {
		emailUq: uniqueIndex("users_email_uq").on(table.email),
	}
});

export const notes = sqliteTable("notes", {
	id: integer("id").primaryKey(),
	userId: integer("user_id").references(() => users.id),
	body: text("body"),
	pinned: integer("pinned").default(0),
});