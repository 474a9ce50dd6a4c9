ALTER TABLE `users` RENAME TO `people`;--> statement-breakpoint
ALTER TABLE `p1` RENAME TO `pair`;--> statement-breakpoint
DROP TABLE `p2`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_people`("id", "name") SELECT "id", "name" FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_pair` (
	`x` integer NOT NULL,
	`y` integer NOT NULL,
	`note` blob,
	PRIMARY KEY(`x`, `y`)
);
--> statement-breakpoint
INSERT INTO `__new_pair`("x", "y", "note") SELECT "x", "y", "note" FROM `pair`;--> statement-breakpoint
DROP TABLE `pair`;--> statement-breakpoint
ALTER TABLE `__new_pair` RENAME TO `pair`;--> statement-breakpoint
CREATE TABLE `__new_profile` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bio` text,
	FOREIGN KEY (`id`) REFERENCES `people`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_profile`("id", "bio") SELECT "id", "bio" FROM `profile`;--> statement-breakpoint
DROP TABLE `profile`;--> statement-breakpoint
ALTER TABLE `__new_profile` RENAME TO `profile`;--> statement-breakpoint
CREATE TABLE `__new_kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` integer,
	`c` integer,
	FOREIGN KEY (`a`,`b`) REFERENCES `pair`(`x`,`y`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_kid`("id", "a", "b", "c") SELECT "id", "a", "b", "c" FROM `kid`;--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
ALTER TABLE `__new_kid` RENAME TO `kid`;