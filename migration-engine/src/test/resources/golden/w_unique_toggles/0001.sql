DROP INDEX `users_phone_active_uq`;--> statement-breakpoint
DROP INDEX `users_ext_uq`;--> statement-breakpoint
DROP INDEX `users_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_handle_unique` ON `users` (`handle`);--> statement-breakpoint
CREATE INDEX `users_phone_active_uq` ON `users` (`phone`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_ext_uq` ON `users` (`ext_id`) WHERE "ext_id" IS NOT NULL AND "active" = 1;