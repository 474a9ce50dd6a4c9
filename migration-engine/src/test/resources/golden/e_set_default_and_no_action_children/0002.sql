PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `cat` RENAME TO `category`;--> statement-breakpoint
CREATE TABLE `__old_category` AS SELECT * FROM `category`;--> statement-breakpoint
CREATE TABLE `__old_na_child` AS SELECT * FROM `na_child`;--> statement-breakpoint
CREATE TABLE `__old_sd_child` AS SELECT * FROM `sd_child`;--> statement-breakpoint
CREATE TABLE `__old_grand` AS SELECT * FROM `grand`;--> statement-breakpoint
DELETE FROM `grand`;--> statement-breakpoint
DELETE FROM `sd_child`;--> statement-breakpoint
DROP TABLE `na_child`;--> statement-breakpoint
DROP TABLE `category`;--> statement-breakpoint
CREATE TABLE `category` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` blob DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `na_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat_id` integer,
	`memo` blob,
	FOREIGN KEY (`cat_id`) REFERENCES `category`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `category`(`id`,`label`) SELECT `id`, `label` FROM `__old_category`;--> statement-breakpoint
INSERT INTO `na_child`(`id`,`cat_id`,`memo`) SELECT `id`, `cat_id`, `memo` FROM `__old_na_child`;--> statement-breakpoint
INSERT INTO `sd_child`(`id`,`cat_id`) SELECT `id`,`cat_id` FROM `__old_sd_child`;--> statement-breakpoint
INSERT INTO `grand`(`id`,`na_id`) SELECT `id`,`na_id` FROM `__old_grand`;--> statement-breakpoint
DROP TABLE `__old_category`;--> statement-breakpoint
DROP TABLE `__old_na_child`;--> statement-breakpoint
DROP TABLE `__old_sd_child`;--> statement-breakpoint
DROP TABLE `__old_grand`;--> statement-breakpoint
PRAGMA foreign_keys=ON;