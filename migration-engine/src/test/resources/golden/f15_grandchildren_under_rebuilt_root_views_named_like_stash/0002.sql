PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `__new_root`;--> statement-breakpoint
DROP VIEW `__old_root`;--> statement-breakpoint
ALTER TABLE `root` RENAME TO `roots`;--> statement-breakpoint
CREATE TABLE `__old_a_1` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_d` AS SELECT * FROM `d`;--> statement-breakpoint
DELETE FROM `d`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DELETE FROM `b`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`root_id` integer,
	`v` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`root_id`) REFERENCES `roots`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `a`(`id`,`root_id`,`v`) SELECT `id`, `root_id`, coalesce(`v`, '') FROM `__old_a_1`;--> statement-breakpoint
INSERT INTO `b`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `c`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `d`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_d`;--> statement-breakpoint
DROP TABLE `__old_a_1`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_d`;--> statement-breakpoint
CREATE VIEW `__new_root` AS select id, name from roots;--> statement-breakpoint
CREATE VIEW `__old_root` AS select count(*) as n from roots;--> statement-breakpoint
PRAGMA foreign_keys=ON;