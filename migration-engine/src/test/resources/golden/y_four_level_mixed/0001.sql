PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_d` AS SELECT * FROM `d`;--> statement-breakpoint
CREATE TABLE `__old_e` AS SELECT * FROM `e`;--> statement-breakpoint
DELETE FROM `e`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	`y` text DEFAULT '-' NOT NULL,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `d` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer DEFAULT 0 NOT NULL,
	`w` real,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "d_w_nonneg" CHECK("w" >= 0)
);
--> statement-breakpoint
INSERT INTO `b`(`id`,`a_id`,`y`) SELECT `id`, `a_id`, coalesce(`y`, '-') FROM `__old_b`;--> statement-breakpoint
INSERT INTO `c`(`id`,`b_id`,`z`) SELECT `id`,`b_id`,`z` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `d`(`id`,`c_id`,`w`) SELECT `id`, `c_id`, `w` FROM `__old_d`;--> statement-breakpoint
INSERT INTO `e`(`id`,`d_id`) SELECT `id`,`d_id` FROM `__old_e`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_d`;--> statement-breakpoint
DROP TABLE `__old_e`;--> statement-breakpoint
PRAGMA foreign_keys=ON;