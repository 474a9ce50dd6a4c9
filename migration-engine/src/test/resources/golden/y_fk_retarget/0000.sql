CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`alt` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_code_unique` ON `p` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `p_alt_unique` ON `p` (`alt`);--> statement-breakpoint
CREATE TABLE `q` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `q_key_uq` ON `q` (`key`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`ref` integer,
	FOREIGN KEY (`ref`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
