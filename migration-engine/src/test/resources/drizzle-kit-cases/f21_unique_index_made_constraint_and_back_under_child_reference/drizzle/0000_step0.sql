CREATE TABLE `parents` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parents_code_uq` ON `parents` (`code`);--> statement-breakpoint
CREATE TABLE `children` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_code` text,
	FOREIGN KEY (`parent_code`) REFERENCES `parents`(`code`) ON UPDATE cascade ON DELETE cascade
);
