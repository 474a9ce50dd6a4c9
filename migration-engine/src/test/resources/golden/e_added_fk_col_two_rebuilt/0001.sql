PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` blob
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`w` numeric
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	`b_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `a`(`id`,`v`) SELECT `id`, `v` FROM `__old_a`;--> statement-breakpoint
INSERT INTO `b`(`id`,`w`) SELECT `id`, `w` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `c`(`id`,`a_id`) SELECT `id`, `a_id` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;