PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `code_key`;--> statement-breakpoint
DROP INDEX `parent_tag_ix`;--> statement-breakpoint
DROP INDEX `parent_code_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `code_key` ON `parent` (`code`);--> statement-breakpoint
CREATE INDEX `parent_tag_ix` ON `parent` (`tag`);--> statement-breakpoint
CREATE TABLE `__old_sibling` AS SELECT * FROM `sibling`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `sibling`;--> statement-breakpoint
CREATE TABLE `sibling` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` integer
);
--> statement-breakpoint
CREATE INDEX `sibling_code` ON `sibling` (`code`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_code` text,
	`n` text,
	FOREIGN KEY (`parent_code`) REFERENCES `parent`(`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `sibling`(`id`,`code`) SELECT `id`, `code` FROM `__old_sibling`;--> statement-breakpoint
INSERT INTO `child`(`id`,`parent_code`,`n`) SELECT `id`, `parent_code`, `n` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_sibling`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;