ALTER TABLE `users` RENAME TO `members`;--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text NOT NULL,
	`deleted_at` integer,
	CONSTRAINT "users_email_at" CHECK(instr("__new_members"."mail", '@') > 1)
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "mail", "deleted_at") SELECT "id", "mail", "deleted_at" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_ci_uq` ON `members` (`lower("mail")`) WHERE "members"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `users_deleted_idx` ON `members` (`deleted_at`) WHERE "members"."deleted_at" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_sessions` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_sessions`("id", "user_id") SELECT "id", "user_id" FROM `sessions`;--> statement-breakpoint
DROP TABLE `sessions`;--> statement-breakpoint
ALTER TABLE `__new_sessions` RENAME TO `sessions`;--> statement-breakpoint
DROP VIEW `live_users`;--> statement-breakpoint
CREATE VIEW `live_users` AS SELECT "id", "mail" FROM "members" WHERE "deleted_at" IS NULL;