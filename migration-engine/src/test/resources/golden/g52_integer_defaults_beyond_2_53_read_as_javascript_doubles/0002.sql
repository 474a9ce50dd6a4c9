PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_n` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer DEFAULT 9007199254740995,
	`b` integer DEFAULT 123456789012345678,
	`c` real DEFAULT 9007199254740993,
	`d` numeric DEFAULT -9223372036854775808,
	`e` integer DEFAULT 9007199254740991,
	`f` integer DEFAULT -18014398509481985 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_n`(`id`,`a`,`b`,`c`,`d`,`e`,`f`) SELECT `id`, `a`, `b`, `c`, `d`, `e`, `f` FROM `n`;--> statement-breakpoint
DROP TABLE `n`;--> statement-breakpoint
ALTER TABLE `__new_n` RENAME TO `n`;--> statement-breakpoint
PRAGMA foreign_keys=ON;