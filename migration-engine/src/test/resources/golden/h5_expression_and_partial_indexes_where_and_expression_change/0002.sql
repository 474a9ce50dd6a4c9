ALTER TABLE `users` RENAME COLUMN "email" TO "address";--> statement-breakpoint
DROP INDEX `users_email_lower_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lower_uq` ON `users` (lower(trim("address")));