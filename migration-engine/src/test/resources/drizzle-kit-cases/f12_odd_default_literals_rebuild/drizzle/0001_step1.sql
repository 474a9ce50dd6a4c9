PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_odd` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT 'x;y' NOT NULL,
	`b` text DEFAULT '--not a comment',
	`c` text DEFAULT '/* c */''',
	`d` text DEFAULT 'line1
line2',
	`e` real DEFAULT 1e-7,
	`f` integer DEFAULT 0,
	`g` text DEFAULT '"q" ; --' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_odd`("id", "a", "b", "c", "d", "e", "f", "g") SELECT "id", "a", "b", "c", "d", "e", "f", "g" FROM `odd`;--> statement-breakpoint
DROP TABLE `odd`;--> statement-breakpoint
ALTER TABLE `__new_odd` RENAME TO `odd`;--> statement-breakpoint
PRAGMA foreign_keys=ON;