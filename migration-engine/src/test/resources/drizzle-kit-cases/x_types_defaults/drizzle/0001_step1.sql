PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_m` (
	`id` integer PRIMARY KEY NOT NULL,
	`t2i` integer,
	`i2r` real DEFAULT 5.5,
	`r2t` text DEFAULT '1.25',
	`d` text DEFAULT (lower('ABC')),
	`e` integer DEFAULT 0,
	`b` blob DEFAULT (x'00') NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_m`("id", "t2i", "i2r", "r2t", "d", "e", "b") SELECT "id", "t2i", "i2r", "r2t", "d", "e", "b" FROM `m`;--> statement-breakpoint
DROP TABLE `m`;--> statement-breakpoint
ALTER TABLE `__new_m` RENAME TO `m`;--> statement-breakpoint
PRAGMA foreign_keys=ON;