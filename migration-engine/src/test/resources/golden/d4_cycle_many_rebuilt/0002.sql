PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `leaf`;--> statement-breakpoint
CREATE TABLE `__old_d` AS SELECT * FROM `d`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
CREATE TABLE `d` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer DEFAULT 3,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`d_id` integer DEFAULT 1,
	FOREIGN KEY (`d_id`) REFERENCES `d`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	`nb` numeric DEFAULT 0.5,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	`na` text DEFAULT 'A' NOT NULL,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `d`(`id`,`a_id`) SELECT `id`, `a_id` FROM `__old_d`;--> statement-breakpoint
INSERT INTO `c`(`id`,`d_id`) SELECT `id`, `d_id` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `b`(`id`,`c_id`,`nb`) SELECT `id`, `c_id`, `nb` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `a`(`id`,`b_id`,`na`) SELECT `id`, `b_id`, `na` FROM `__old_a`;--> statement-breakpoint
DROP TABLE `__old_d`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
CREATE TABLE `hub` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	`c_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
PRAGMA foreign_keys=ON;