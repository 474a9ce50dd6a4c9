PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `b` RENAME TO `c`;--> statement-breakpoint
ALTER TABLE `a` RENAME TO `b`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_ka` AS SELECT * FROM `ka`;--> statement-breakpoint
DELETE FROM `ka`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`av` text DEFAULT 'x' NOT NULL
);
--> statement-breakpoint
INSERT INTO `b`(`id`,`av`) SELECT `id`, coalesce(`av`, 'x') FROM `__old_b`;--> statement-breakpoint
INSERT INTO `ka`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_ka`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_ka`;--> statement-breakpoint
PRAGMA foreign_keys=ON;