ALTER TABLE `users` RENAME COLUMN "email" TO "address";--> statement-breakpoint
DROP INDEX `users_email_lower_uq`;--> statement-breakpoint
DROP INDEX `users_live_idx`;--> statement-breakpoint
DROP INDEX `users_live_email_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lower_uq` ON `users` (lower(trim("address")));--> statement-breakpoint
CREATE INDEX `users_live_idx` ON `users` (`address`) WHERE "users"."deleted_at" IS NULL AND "users"."active" = 1;--> statement-breakpoint
CREATE UNIQUE INDEX `users_live_email_uq` ON `users` (`address`) WHERE "users"."active" = 1;