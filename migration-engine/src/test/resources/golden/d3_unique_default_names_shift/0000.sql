CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`c` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_a_unique` ON `t` (`a`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_c_unique` ON `t` (`c`);