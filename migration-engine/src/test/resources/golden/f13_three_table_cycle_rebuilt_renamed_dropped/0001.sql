PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	`v` text DEFAULT 'c' NOT NULL,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	`v` text DEFAULT 'b' NOT NULL,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	`v` text DEFAULT 'a' NOT NULL,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `c`(`id`,`a_id`,`v`) SELECT `id`, `a_id`, coalesce(`v`, 'c') FROM `__old_c`;--> statement-breakpoint
INSERT INTO `b`(`id`,`c_id`,`v`) SELECT `id`, `c_id`, coalesce(`v`, 'b') FROM `__old_b`;--> statement-breakpoint
INSERT INTO `a`(`id`,`b_id`,`v`) SELECT `id`, `b_id`, coalesce(`v`, 'a') FROM `__old_a`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
PRAGMA foreign_keys=ON;