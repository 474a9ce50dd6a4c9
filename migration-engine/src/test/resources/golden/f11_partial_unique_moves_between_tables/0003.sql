DROP INDEX `live_email`;--> statement-breakpoint
CREATE UNIQUE INDEX `live_email` ON `users` (`email`) WHERE "deleted_at" IS NULL;