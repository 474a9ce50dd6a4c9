PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `very_long_table_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` RENAME COLUMN "🦆" TO "ördek";--> statement-breakpoint
CREATE TABLE `__old_café` AS SELECT * FROM `café`;--> statement-breakpoint
CREATE TABLE `__old_index` AS SELECT * FROM `index`;--> statement-breakpoint
CREATE TABLE `__old_very_long_table_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` AS SELECT * FROM `very_long_table_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;--> statement-breakpoint
DELETE FROM `very_long_table_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;--> statement-breakpoint
DROP TABLE `index`;--> statement-breakpoint
DROP TABLE `café`;--> statement-breakpoint
CREATE TABLE `café` (
	`id` integer PRIMARY KEY NOT NULL,
	`crème.brûlée` text,
	`日本` real,
	CONSTRAINT "chk é" CHECK("日本" <> 13)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `café_crème.brûlée_unique` ON `café` (`crème.brûlée`);--> statement-breakpoint
CREATE INDEX `idx.日本` ON `café` (`日本`) WHERE "日本" > 0;--> statement-breakpoint
CREATE TABLE `index` (
	`table` integer PRIMARY KEY NOT NULL,
	`references` integer,
	`default` text DEFAULT 'DEFAULT',
	`check` text,
	`1st` integer,
	FOREIGN KEY (`references`) REFERENCES `café`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `primary` ON `index` (`check`,`1st`);--> statement-breakpoint
INSERT INTO `café`(`id`,`crème.brûlée`,`日本`) SELECT `id`, `crème.brûlée`, `日本` FROM `__old_café`;--> statement-breakpoint
INSERT INTO `index`(`table`,`references`,`default`,`check`,`1st`) SELECT `table`, `references`, `default`, `check`, `1st` FROM `__old_index`;--> statement-breakpoint
INSERT INTO `very_long_table_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`(`coooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooolumn`,`ördek`,`a.b`) SELECT `coooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooolumn`,`ördek`,`a.b` FROM `__old_very_long_table_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;--> statement-breakpoint
DROP TABLE `__old_café`;--> statement-breakpoint
DROP TABLE `__old_index`;--> statement-breakpoint
DROP TABLE `__old_very_long_table_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;--> statement-breakpoint
PRAGMA foreign_keys=ON;