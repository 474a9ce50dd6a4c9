CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`c` text,
	`d` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_c_unique` ON `t` (`c`);