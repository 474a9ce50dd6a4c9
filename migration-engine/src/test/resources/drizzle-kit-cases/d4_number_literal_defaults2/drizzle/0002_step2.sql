PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_n` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer DEFAULT 1.5,
	`b` real DEFAULT 0.1,
	`c` integer DEFAULT -1000,
	`d` integer DEFAULT -16,
	`e` integer DEFAULT 0,
	`f` integer DEFAULT 0,
	`g` real DEFAULT 0.30000000000000004,
	`h` real DEFAULT 1e+21,
	`i` numeric DEFAULT 123456789.12345679,
	`j` real DEFAULT 5e-324,
	`k` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_n`("id", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k") SELECT "id", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k" FROM `n`;--> statement-breakpoint
DROP TABLE `n`;--> statement-breakpoint
ALTER TABLE `__new_n` RENAME TO `n`;--> statement-breakpoint
PRAGMA foreign_keys=ON;