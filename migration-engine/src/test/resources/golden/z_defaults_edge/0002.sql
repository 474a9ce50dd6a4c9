PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_d` AS SELECT * FROM `d`;--> statement-breakpoint
CREATE TABLE `__old_kids` AS SELECT * FROM `kids`;--> statement-breakpoint
DELETE FROM `kids`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
CREATE TABLE `d` (
	`id` integer PRIMARY KEY NOT NULL,
	`neg` integer,
	`negr` real,
	`tenth` real,
	`tiny` real,
	`big` integer,
	`uni` text,
	`nl` text,
	`q` text,
	`bs` text,
	`empty` text,
	`ts` text,
	`dt` text,
	`hx` text,
	`flag` integer
);
--> statement-breakpoint
INSERT INTO `d`(`id`,`neg`,`negr`,`tenth`,`tiny`,`big`,`uni`,`nl`,`q`,`bs`,`empty`,`ts`,`dt`,`hx`,`flag`) SELECT `id`, `neg`, `negr`, `tenth`, `tiny`, `big`, `uni`, `nl`, `q`, `bs`, `empty`, `ts`, `dt`, `hx`, `flag` FROM `__old_d`;--> statement-breakpoint
INSERT INTO `kids`(`id`,`d_id`) SELECT `id`,`d_id` FROM `__old_kids`;--> statement-breakpoint
DROP TABLE `__old_d`;--> statement-breakpoint
DROP TABLE `__old_kids`;--> statement-breakpoint
PRAGMA foreign_keys=ON;