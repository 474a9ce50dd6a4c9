PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`state` text DEFAULT 'users.status' NOT NULL,
	`category` text,
	`n` integer DEFAULT 0,
	CONSTRAINT "users_status_ck" CHECK("__new_members"."state" IN ('users.status', '"users"."status"', 'it''s', 'a"b', '', '__new_members.state')),
	CONSTRAINT "users_kind_ck" CHECK("__new_members"."category" IS NULL OR length("__new_members"."category") > 0 AND "__new_members"."category" <> 'users.kind'),
	CONSTRAINT "users_n_ck" CHECK("__new_members"."n" >= 0 AND "__new_members"."n" < 100)
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "state", "category", "n") SELECT "id", "state", "category", "n" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;