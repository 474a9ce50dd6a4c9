PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
CREATE TABLE `__old_child2` AS SELECT * FROM `child2`;--> statement-breakpoint
DELETE FROM `child2`;--> statement-breakpoint
DELETE FROM `child`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`code_old` text DEFAULT '?',
	`code` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_old_unique` ON `parent` (`code_old`);--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_unique` ON `parent` (`code`);--> statement-breakpoint
INSERT INTO `parent`(`id`,`code_old`,`code`) SELECT `id`, `code_old`, `code` FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `child`(`id`,`pcode`) SELECT `id`,`pcode` FROM `__old_child`;--> statement-breakpoint
INSERT INTO `child2`(`id`,`pc`) SELECT `id`,`pc` FROM `__old_child2`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
DROP TABLE `__old_child2`;--> statement-breakpoint
PRAGMA foreign_keys=ON;