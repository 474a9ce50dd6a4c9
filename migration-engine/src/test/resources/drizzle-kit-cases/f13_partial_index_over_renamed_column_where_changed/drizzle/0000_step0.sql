CREATE TABLE `subs` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`status` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subs_active_email` ON `subs` (`email`) WHERE "subs"."status" = 'active';--> statement-breakpoint
CREATE INDEX `subs_status_idx` ON `subs` (`status`) WHERE "subs"."status" is not null;