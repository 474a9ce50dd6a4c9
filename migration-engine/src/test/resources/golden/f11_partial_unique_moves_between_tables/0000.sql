CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `live_email` ON `users` (`email`) WHERE "deleted_at" IS NULL;--> statement-breakpoint
CREATE TABLE `invites` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`used` integer
);
