CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`Email` text,
	`e_lc` text GENERATED ALWAYS AS (lower("Email")) VIRTUAL
);
--> statement-breakpoint
CREATE INDEX `t_email_idx` ON `t` (lower("Email"));