PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p_1` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_c_1` AS SELECT * FROM `c`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `__old_p` ON `p` (`name`);--> statement-breakpoint
INSERT INTO `p`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_p_1`;--> statement-breakpoint
INSERT INTO `c`(`id`,`p_id`,`note`) SELECT `id`,`p_id`,`note` FROM `__old_c_1`;--> statement-breakpoint
DROP TABLE `__old_p_1`;--> statement-breakpoint
DROP TABLE `__old_c_1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;