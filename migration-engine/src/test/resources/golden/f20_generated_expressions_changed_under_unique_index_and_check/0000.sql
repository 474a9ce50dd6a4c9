CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`handle` text GENERATED ALWAYS AS (lower("email")) STORED,
	`domain` text GENERATED ALWAYS AS (substr("email", instr("email", '@') + 1)) VIRTUAL,
	CONSTRAINT "users_domain_set" CHECK("domain" <> '')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_handle_uq` ON `users` (`handle`);