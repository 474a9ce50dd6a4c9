PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_cat` AS SELECT * FROM `cat`;--> statement-breakpoint
CREATE TABLE `__old_sd_child` AS SELECT * FROM `sd_child`;--> statement-breakpoint
DELETE FROM `sd_child`;--> statement-breakpoint
DROP TABLE `cat`;--> statement-breakpoint
CREATE TABLE `cat` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
INSERT INTO `cat`(`id`,`label`) SELECT `id`, coalesce(`label`, '?') FROM `__old_cat`;--> statement-breakpoint
INSERT INTO `sd_child`(`id`,`cat_id`) SELECT `id`,`cat_id` FROM `__old_sd_child`;--> statement-breakpoint
DROP TABLE `__old_cat`;--> statement-breakpoint
DROP TABLE `__old_sd_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;