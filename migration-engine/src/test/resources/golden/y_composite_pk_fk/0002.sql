PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `child` RENAME COLUMN "pa" TO "parent_a";--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`a` integer,
	`b` text,
	`c` integer DEFAULT 0 NOT NULL,
	`v` text,
	PRIMARY KEY(`b`, `a`, `c`)
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_a` integer,
	`pb` text,
	`pc` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`pb`,`parent_a`,`pc`) REFERENCES `parent`(`b`,`a`,`c`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `parent`(`a`,`b`,`c`,`v`) SELECT `a`, `b`, `c`, `v` FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `child`(`id`,`parent_a`,`pb`,`pc`) SELECT `id`, `parent_a`, `pb`, `pc` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;