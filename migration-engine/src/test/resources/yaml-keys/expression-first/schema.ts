import { sqliteTable, integer, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
export const users = sqliteTable("users", {
  id: integer("id").primaryKey(),
  email: text("email").notNull(),
  role: text("role"),
}, (t) => [
  index("users_lower_email_role_idx").on(sql`lower(${t.email})`, t.role),
  uniqueIndex("users_role_lower_email_uq").on(t.role, sql`lower(${t.email})`),
]);
