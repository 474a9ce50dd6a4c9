PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_d` AS SELECT * FROM `d`;--> statement-breakpoint
CREATE TABLE `__old_kids` AS SELECT * FROM `kids`;--> statement-breakpoint
DELETE FROM `kids`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
CREATE TABLE `d` (
	`id` integer PRIMARY KEY NOT NULL,
	`neg` integer DEFAULT -9007199254740992,
	`negr` real DEFAULT -1e+300,
	`tenth` real DEFAULT 0.2,
	`tiny` real DEFAULT 1e-7,
	`big` integer DEFAULT -9007199254740991,
	`uni` text DEFAULT 'ünï ?',
	`nl` text DEFAULT 'a
b

c	d',
	`q` text DEFAULT '''''',
	`bs` text DEFAULT '\''',
	`empty` text DEFAULT ' ',
	`ts` text DEFAULT CURRENT_TIMESTAMP,
	`dt` text DEFAULT (datetime('now', 'localtime')),
	`hx` text DEFAULT (lower(hex(zeroblob(4)))),
	`flag` integer DEFAULT true
);
--> statement-breakpoint
INSERT INTO `d`(`id`,`neg`,`negr`,`tenth`,`tiny`,`big`,`uni`,`nl`,`q`,`bs`,`empty`,`ts`,`dt`,`hx`,`flag`) SELECT `id`, `neg`, `negr`, `tenth`, `tiny`, `big`, `uni`, `nl`, `q`, `bs`, `empty`, `ts`, `dt`, `hx`, `flag` FROM `__old_d`;--> statement-breakpoint
INSERT INTO `kids`(`id`,`d_id`) SELECT `id`,`d_id` FROM `__old_kids`;--> statement-breakpoint
DROP TABLE `__old_d`;--> statement-breakpoint
DROP TABLE `__old_kids`;--> statement-breakpoint
PRAGMA foreign_keys=ON;