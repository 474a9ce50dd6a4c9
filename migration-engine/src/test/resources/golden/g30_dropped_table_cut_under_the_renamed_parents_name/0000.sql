CREATE TABLE `parents` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` numeric,
	`label` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq_code` ON `parents` (`code`);--> statement-breakpoint
CREATE TABLE `kids` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` numeric NOT NULL,
	FOREIGN KEY (`code`) REFERENCES `parents`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `keepers` (
	`id` integer PRIMARY KEY NOT NULL,
	`kid` integer,
	`note` text,
	FOREIGN KEY (`kid`) REFERENCES `kids`(`id`) ON UPDATE no action ON DELETE no action
);
