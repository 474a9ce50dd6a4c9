CREATE TABLE `log` (
	`code` text,
	`msg` text,
	`n` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `log_code_unique` ON `log` (`code`);--> statement-breakpoint
CREATE TABLE `log_ref` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	FOREIGN KEY (`code`) REFERENCES `log`(`code`) ON UPDATE no action ON DELETE cascade
);
