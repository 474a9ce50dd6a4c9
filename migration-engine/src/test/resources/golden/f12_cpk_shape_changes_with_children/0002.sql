PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_plans` AS SELECT * FROM `plans`;--> statement-breakpoint
CREATE TABLE `__old_subs` AS SELECT * FROM `subs`;--> statement-breakpoint
DROP TABLE `subs`;--> statement-breakpoint
DROP TABLE `plans`;--> statement-breakpoint
CREATE TABLE `plans` (
	`org` text NOT NULL,
	`code` text NOT NULL,
	`price` integer,
	`ver` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`org`, `code`, `ver`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_code_org_uq` ON `plans` (`code`,`org`);--> statement-breakpoint
CREATE TABLE `subs` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text,
	`code` text,
	`ver` integer DEFAULT 1,
	FOREIGN KEY (`code`,`org`) REFERENCES `plans`(`code`,`org`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `plans`(`org`,`code`,`price`,`ver`) SELECT `org`, `code`, `price`, `ver` FROM `__old_plans`;--> statement-breakpoint
INSERT INTO `subs`(`id`,`org`,`code`,`ver`) SELECT `id`, `org`, `code`, `ver` FROM `__old_subs`;--> statement-breakpoint
DROP TABLE `__old_plans`;--> statement-breakpoint
DROP TABLE `__old_subs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;