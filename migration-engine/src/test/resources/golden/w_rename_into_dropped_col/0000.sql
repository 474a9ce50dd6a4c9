CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`title` text,
	`code` text,
	`old_code` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_name_unique` ON `t` (`name`);--> statement-breakpoint
CREATE INDEX `t_name_idx` ON `t` (`name`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_code_uq` ON `t` (`code`);