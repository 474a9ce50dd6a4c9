PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`address` text NOT NULL,
	`deleted_at` text,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "address", "deleted_at", "active") SELECT "id", "address", "deleted_at", "active" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lower_uq` ON `users` (`lower("address")`);--> statement-breakpoint
CREATE INDEX `users_live_idx` ON `users` (`address`) WHERE "users"."deleted_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `users_live_email_uq` ON `users` (`address`) WHERE "users"."active" = 1 AND "users"."address" LIKE '%@%';