CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`i` integer,
	`s` text,
	`e` text,
	`b` integer,
	`ts` text,
	`r` real,
	`bl` blob,
	`n` numeric
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`t_id` integer,
	FOREIGN KEY (`t_id`) REFERENCES `t`(`id`) ON UPDATE no action ON DELETE cascade
);
