PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`n` real
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`n` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `code_uq` ON `b` (`code`) WHERE "code" IS NOT NULL;--> statement-breakpoint
INSERT INTO `a`(`id`,`code`,`n`) SELECT `id`, `code`, `n` FROM `__old_a`;--> statement-breakpoint
INSERT INTO `b`(`id`,`code`,`n`) SELECT `id`, `code`, `n` FROM `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
PRAGMA foreign_keys=ON;