CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` text,
	`c` integer
);
--> statement-breakpoint
CREATE INDEX `ix_one` ON `t` (`a`);--> statement-breakpoint
CREATE INDEX `ix_two` ON `t` (`b`);--> statement-breakpoint
CREATE UNIQUE INDEX `ux_c` ON `t` (`c`);