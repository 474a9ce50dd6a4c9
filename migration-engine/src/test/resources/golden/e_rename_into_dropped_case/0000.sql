CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`Name` text,
	`name_old` text
);
--> statement-breakpoint
CREATE TABLE `r` (
	`id` integer PRIMARY KEY NOT NULL,
	`Code` text,
	`code_old` text,
	`n` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `r_Code_unique` ON `r` (`Code`);