PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_bee` AS SELECT * FROM `bee`;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
DELETE FROM `a`;--> statement-breakpoint
DROP TABLE `bee`;--> statement-breakpoint
CREATE TABLE `bee` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'b' NOT NULL
);
--> statement-breakpoint
INSERT INTO `bee`(`id`,`v`) SELECT `id`, `v` FROM `__old_bee`;--> statement-breakpoint
INSERT INTO `a`(`id`,`b_id`,`v`) SELECT `id`,`b_id`,`v` FROM `__old_a`;--> statement-breakpoint
DROP TABLE `__old_bee`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;