PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `users` RENAME TO `people`;--> statement-breakpoint
ALTER TABLE `p1` RENAME TO `pair`;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_pair` AS SELECT * FROM `pair`;--> statement-breakpoint
CREATE TABLE `__old_kid` AS SELECT * FROM `kid`;--> statement-breakpoint
CREATE TABLE `__old_profile` AS SELECT * FROM `profile`;--> statement-breakpoint
DELETE FROM `profile`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
DROP TABLE `pair`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pair` (
	`x` integer NOT NULL,
	`y` integer NOT NULL,
	`note` blob,
	PRIMARY KEY(`x`, `y`)
);
--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` integer,
	`c` integer,
	FOREIGN KEY (`a`,`b`) REFERENCES `pair`(`x`,`y`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `people`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_people`;--> statement-breakpoint
INSERT INTO `pair`(`x`,`y`,`note`) SELECT `x`, `y`, `note` FROM `__old_pair`;--> statement-breakpoint
INSERT INTO `kid`(`id`,`a`,`b`,`c`) SELECT `id`, `a`, `b`, `c` FROM `__old_kid`;--> statement-breakpoint
INSERT INTO `profile`(`id`,`bio`) SELECT `id`,`bio` FROM `__old_profile`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_pair`;--> statement-breakpoint
DROP TABLE `__old_kid`;--> statement-breakpoint
DROP TABLE `__old_profile`;--> statement-breakpoint
DROP TABLE `p2`;--> statement-breakpoint
PRAGMA foreign_keys=ON;