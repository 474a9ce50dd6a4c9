PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `p` RENAME COLUMN "Name" TO "__dropped_Name";--> statement-breakpoint
ALTER TABLE `p` RENAME COLUMN "name_old" TO "name";--> statement-breakpoint
ALTER TABLE `r` RENAME COLUMN "Code" TO "__dropped_Code";--> statement-breakpoint
ALTER TABLE `r` RENAME COLUMN "code_old" TO "code";--> statement-breakpoint
ALTER TABLE `p` DROP COLUMN `__dropped_Name`;--> statement-breakpoint
CREATE TABLE `__new_r` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`n` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_r`(`id`,`code`,`n`) SELECT `id`, `code`, coalesce(`n`, 0) FROM `r`;--> statement-breakpoint
DROP TABLE `r`;--> statement-breakpoint
ALTER TABLE `__new_r` RENAME TO `r`;--> statement-breakpoint
PRAGMA foreign_keys=ON;