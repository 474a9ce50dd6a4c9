PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `a` RENAME TO `a2`;--> statement-breakpoint
CREATE TABLE `__old_a2` AS SELECT * FROM `a2`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DELETE FROM `a2`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	`w` text DEFAULT '0',
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `a2`(`id`,`b_id`,`node_id`) SELECT `id`,`b_id`,`node_id` FROM `__old_a2`;--> statement-breakpoint
INSERT INTO `c`(`id`,`a_id`,`label`) SELECT `id`,`a_id`,`label` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `b`(`id`,`c_id`,`w`) SELECT `id`, `c_id`, `w` FROM `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a2`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
PRAGMA foreign_keys=ON;