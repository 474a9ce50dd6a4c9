CREATE TABLE `plans` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`price` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_code_unique` ON `plans` (`code`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` integer PRIMARY KEY NOT NULL,
	`plan_id` integer,
	`plan_code` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`plan_code`) REFERENCES `plans`(`code`) ON UPDATE no action ON DELETE set null
);
