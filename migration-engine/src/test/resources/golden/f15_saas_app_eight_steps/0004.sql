DROP INDEX `users_email_unique`;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `org_id` integer REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lower_uq` ON `users` (lower("email"));