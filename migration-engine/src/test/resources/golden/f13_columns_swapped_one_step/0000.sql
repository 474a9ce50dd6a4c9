CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`b` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_b_unique` ON `t` (`b`);--> statement-breakpoint
CREATE INDEX `t_a_idx` ON `t` (`a`);