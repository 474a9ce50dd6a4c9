PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`state` text DEFAULT 'users.status' NOT NULL,
	`category` text,
	`n` integer DEFAULT 0,
	CONSTRAINT "users_status_ck" CHECK("__new_users"."state" IN ('__new_users.status', '"__new_users"."status"', 'it''s', 'a"b', '')),
	CONSTRAINT "users_kind_ck" CHECK("__new_users"."category" IS NULL OR length("__new_users"."category") > 0 AND "__new_users"."category" <> '__new_users.kind'),
	CONSTRAINT "users_n_ck" CHECK("__new_users"."n" >= 0 AND "__new_users"."n" < 100)
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "state", "category", "n") SELECT "id", "state", "category", "n" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;