PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `c` RENAME COLUMN "z" TO "zz";--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_d` AS SELECT * FROM `d`;--> statement-breakpoint
CREATE TABLE `__old_f` AS SELECT * FROM `f`;--> statement-breakpoint
CREATE TABLE `__old_e` AS SELECT * FROM `e`;--> statement-breakpoint
DELETE FROM `e`;--> statement-breakpoint
DELETE FROM `d`;--> statement-breakpoint
DELETE FROM `b`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
DROP TABLE `f`;--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` numeric
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	`zz` text,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `f` (
	`id` integer PRIMARY KEY NOT NULL,
	`d_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`d_id`) REFERENCES `d`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `a`(`id`,`x`) SELECT `id`, `x` FROM `__old_a`;--> statement-breakpoint
INSERT INTO `b`(`id`,`a_id`,`y`) SELECT `id`,`a_id`,`y` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `c`(`id`,`b_id`,`zz`) SELECT `id`, `b_id`, `zz` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `d`(`id`,`c_id`,`w`) SELECT `id`,`c_id`,`w` FROM `__old_d`;--> statement-breakpoint
INSERT INTO `f`(`id`,`d_id`) SELECT `id`, coalesce(`d_id`, 1) FROM `__old_f`;--> statement-breakpoint
INSERT INTO `e`(`id`,`d_id`) SELECT `id`,`d_id` FROM `__old_e`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_d`;--> statement-breakpoint
DROP TABLE `__old_f`;--> statement-breakpoint
DROP TABLE `__old_e`;--> statement-breakpoint
PRAGMA foreign_keys=ON;