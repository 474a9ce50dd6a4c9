PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer,
	`name` text
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`,`org_id`,`name`) SELECT `id`, `org_id`, `name` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
DROP TABLE `orgs`;--> statement-breakpoint
CREATE INDEX `name_idx` ON `teams` (`name`);--> statement-breakpoint
PRAGMA foreign_keys=ON;