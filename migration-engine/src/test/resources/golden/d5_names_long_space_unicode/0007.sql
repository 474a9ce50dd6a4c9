CREATE TABLE `t ` (
	`id` integer PRIMARY KEY NOT NULL,
	`again` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_v_unique` ON `t` (`v`);