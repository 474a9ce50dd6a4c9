PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_odd` (
	`id` integer PRIMARY KEY NOT NULL,
	`i` integer DEFAULT -9223372036854776000,
	`r` real DEFAULT 0,
	`e` real DEFAULT 1e+300,
	`h` blob DEFAULT X'DEADbeef',
	`z` blob,
	`s` text DEFAULT '"',
	`ts` text DEFAULT CURRENT_DATE,
	`n` numeric DEFAULT -0.5,
	`p` integer DEFAULT (-2 * 3),
	`q` integer DEFAULT -42 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_odd`("id", "i", "r", "e", "h", "z", "s", "ts", "n", "p", "q") SELECT "id", "i", "r", "e", "h", "z", "s", "ts", "n", "p", "q" FROM `odd`;--> statement-breakpoint
DROP TABLE `odd`;--> statement-breakpoint
ALTER TABLE `__new_odd` RENAME TO `odd`;--> statement-breakpoint
PRAGMA foreign_keys=ON;