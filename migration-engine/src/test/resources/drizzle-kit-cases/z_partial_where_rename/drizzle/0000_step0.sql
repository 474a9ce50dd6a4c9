CREATE TABLE `subs` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`status` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subs_active_email_uq` ON `subs` (`email`) WHERE "subs"."status" = 'active' AND "subs"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `subs_status_idx` ON `subs` (`status`) WHERE "subs"."email" LIKE '%@%';