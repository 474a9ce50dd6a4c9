PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `parents` RENAME TO `homes`;--> statement-breakpoint
CREATE TABLE `__old_homes` AS SELECT * FROM `homes`;--> statement-breakpoint
CREATE TABLE `__old_keepers` AS SELECT * FROM `keepers`;--> statement-breakpoint
UPDATE `kids` SET `code` = coalesce((SELECT max(`code`) FROM `homes` WHERE typeof(`code`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DROP TABLE `homes`;--> statement-breakpoint
DROP TABLE `keepers`;--> statement-breakpoint
CREATE TABLE `homes` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` numeric,
	`label` text DEFAULT 'none'
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq_code` ON `homes` (`code`);--> statement-breakpoint
CREATE TABLE `keepers` (
	`id` integer PRIMARY KEY NOT NULL,
	`kid` integer,
	`note` text
);
--> statement-breakpoint
INSERT INTO `homes`(`id`,`code`,`label`) SELECT `id`, `code`, `label` FROM `__old_homes`;--> statement-breakpoint
INSERT INTO `keepers`(`id`,`kid`,`note`) SELECT `id`, `kid`, `note` FROM `__old_keepers`;--> statement-breakpoint
DROP TABLE `__old_homes`;--> statement-breakpoint
DROP TABLE `__old_keepers`;--> statement-breakpoint
DROP TABLE `kids`;--> statement-breakpoint
PRAGMA foreign_keys=ON;