PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_a` integer,
	`pb` text,
	`pc` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`pb`,`parent_a`,`pc`) REFERENCES `parent`(`b`,`a`,`c`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_child`("id", "parent_a", "pb", "pc") SELECT "id", "parent_a", "pb", "pc" FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
ALTER TABLE `__new_child` RENAME TO `child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_parent` (
	`a` integer,
	`b` text,
	`c` integer DEFAULT 0 NOT NULL,
	`v` text,
	PRIMARY KEY(`b`, `a`, `c`)
);
--> statement-breakpoint
INSERT INTO `__new_parent`("a", "b", "c", "v") SELECT "a", "b", "c", "v" FROM `parent`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
ALTER TABLE `__new_parent` RENAME TO `parent`;