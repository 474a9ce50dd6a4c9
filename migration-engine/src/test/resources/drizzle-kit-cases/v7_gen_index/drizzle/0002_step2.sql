DROP INDEX `users_email_expr_idx`;--> statement-breakpoint
CREATE INDEX `users_email_expr_idx` ON `users` (upper("email"));