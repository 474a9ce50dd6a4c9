DROP INDEX `users_email_lower_uq`;--> statement-breakpoint
DROP INDEX `users_live_idx`;--> statement-breakpoint
DROP INDEX `users_live_email_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lower_uq` ON `users` (lower(trim("email")));--> statement-breakpoint
CREATE INDEX `users_live_idx` ON `users` (`email`) WHERE "deleted_at" IS NULL AND "active" = 1;--> statement-breakpoint
CREATE UNIQUE INDEX `users_live_email_uq` ON `users` (`email`) WHERE "active" = 1;