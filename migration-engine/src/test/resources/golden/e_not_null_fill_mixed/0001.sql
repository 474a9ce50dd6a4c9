PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "s" TO "str";--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DELETE FROM `child`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`i` integer DEFAULT -1 NOT NULL,
	`str` text DEFAULT 'it''s (x)' NOT NULL,
	`e` text DEFAULT (lower('A''B')) NOT NULL,
	`b` integer DEFAULT true NOT NULL,
	`ts` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`r` real NOT NULL,
	`bl` blob NOT NULL,
	`n` numeric NOT NULL
);
--> statement-breakpoint
INSERT INTO `t`(`id`,`i`,`str`,`e`,`b`,`ts`,`r`,`bl`,`n`) SELECT `id`, coalesce(`i`, -1), coalesce(`str`, 'it''s (x)'), coalesce(`e`, (lower('A''B'))), coalesce(`b`, true), coalesce(`ts`, CURRENT_TIMESTAMP), coalesce(`r`, 0.0), coalesce(`bl`, X''), coalesce(`n`, 0) FROM `__old_t`;--> statement-breakpoint
INSERT INTO `child`(`id`,`t_id`) SELECT `id`,`t_id` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;