PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_c' WHERE name = 'c';--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` real,
	CONSTRAINT "a_x_pos" CHECK("x" > 0)
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer NOT NULL,
	`y` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "b_id_pos" CHECK("id" > 0)
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`b_id` integer NOT NULL,
	`z` text DEFAULT '-' NOT NULL,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'c' WHERE name = '__old_c';--> statement-breakpoint
INSERT INTO `a`(`id`,`x`) SELECT `id`, `x` FROM `__old_a`;--> statement-breakpoint
INSERT INTO `b`(`id`,`a_id`,`y`) SELECT `id`, `a_id`, `y` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `c`(`id`,`b_id`,`z`) SELECT `id`, `b_id`, coalesce(`z`, '-') FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;