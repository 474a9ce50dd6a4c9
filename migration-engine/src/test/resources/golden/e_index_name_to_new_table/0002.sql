PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `shared_uq`;--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`u` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shared_uq` ON `c` (`u`);--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`k` text DEFAULT '-' NOT NULL,
	`u` text
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`k` blob
);
--> statement-breakpoint
CREATE INDEX `shared_idx` ON `b` (`k`);--> statement-breakpoint
INSERT INTO `a`(`id`,`k`,`u`) SELECT `id`, `k`, `u` FROM `__old_a`;--> statement-breakpoint
INSERT INTO `b`(`id`,`k`) SELECT `id`, `k` FROM `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
PRAGMA foreign_keys=ON;