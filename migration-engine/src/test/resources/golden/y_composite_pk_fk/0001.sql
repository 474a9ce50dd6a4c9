PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`a` integer,
	`b` text,
	`c` integer DEFAULT 0 NOT NULL,
	`v` text,
	PRIMARY KEY(`a`, `b`, `c`)
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`pa` integer,
	`pb` text,
	`pc` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`pa`,`pb`,`pc`) REFERENCES `parent`(`a`,`b`,`c`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `parent`(`a`,`b`,`v`) SELECT `a`, `b`, `v` FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `child`(`id`,`pa`,`pb`) SELECT `id`, `pa`, `pb` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;