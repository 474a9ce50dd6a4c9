PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_m` (
	`id` integer PRIMARY KEY NOT NULL,
	`t2i` integer,
	`i2r` real,
	`r2t` text,
	`d` text,
	`e` integer,
	`b` blob DEFAULT (x'00') NOT NULL,
	`n` numeric DEFAULT '1.50'
);
--> statement-breakpoint
INSERT INTO `__new_m`("id", "t2i", "i2r", "r2t", "d", "e", "b", "n") SELECT "id", "t2i", "i2r", "r2t", "d", "e", "b", "n" FROM `m`;--> statement-breakpoint
DROP TABLE `m`;--> statement-breakpoint
ALTER TABLE `__new_m` RENAME TO `m`;--> statement-breakpoint
PRAGMA foreign_keys=ON;