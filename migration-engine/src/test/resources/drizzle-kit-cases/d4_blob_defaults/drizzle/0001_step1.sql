PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_b` (
	`id` integer PRIMARY KEY NOT NULL,
	`h` blob DEFAULT X'CAFE',
	`z` blob,
	`t` blob DEFAULT 0,
	`n` blob DEFAULT (X'00') NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_b`("id", "h", "z", "t", "n") SELECT "id", "h", "z", "t", "n" FROM `b`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
ALTER TABLE `__new_b` RENAME TO `b`;--> statement-breakpoint
PRAGMA foreign_keys=ON;