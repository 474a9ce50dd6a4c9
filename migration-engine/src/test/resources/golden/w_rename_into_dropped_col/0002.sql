PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "title" TO "name";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "old_code" TO "code";--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '-' NOT NULL,
	`code` text
);
--> statement-breakpoint
CREATE INDEX `t_name_idx` ON `t` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_code_uq` ON `t` (`code`);--> statement-breakpoint
INSERT INTO `t`(`id`,`name`,`code`) SELECT `id`, coalesce(`name`, '-'), `code` FROM `__old_t`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
CREATE TABLE `k` (
	`id` integer PRIMARY KEY NOT NULL,
	`t_code` text,
	FOREIGN KEY (`t_code`) REFERENCES `t`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
PRAGMA foreign_keys=ON;