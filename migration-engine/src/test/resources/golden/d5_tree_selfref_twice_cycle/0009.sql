PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `c` RENAME TO `c3`;--> statement-breakpoint
ALTER TABLE `c3` RENAME COLUMN "label" TO "title";--> statement-breakpoint
DROP INDEX `c_label_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `c3_title_unique` ON `c3` (`title`);--> statement-breakpoint
CREATE TABLE `__old_c3` AS SELECT * FROM `c3`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_a2` AS SELECT * FROM `a2`;--> statement-breakpoint
DELETE FROM `b`;--> statement-breakpoint
DELETE FROM `c3`;--> statement-breakpoint
DROP TABLE `a2`;--> statement-breakpoint
CREATE TABLE `a2` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer DEFAULT 0,
	`node_id` text,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`node_id`) REFERENCES `categories`(`cat_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `c3`(`id`,`a_id`,`title`) SELECT `id`,`a_id`,`title` FROM `__old_c3`;--> statement-breakpoint
INSERT INTO `b`(`id`,`c_id`,`w`) SELECT `id`,`c_id`,`w` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `a2`(`id`,`b_id`,`node_id`) SELECT `id`, `b_id`, `node_id` FROM `__old_a2`;--> statement-breakpoint
DROP TABLE `__old_c3`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a2`;--> statement-breakpoint
PRAGMA foreign_keys=ON;