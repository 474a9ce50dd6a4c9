PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `parent` RENAME COLUMN "region" TO "zone";--> statement-breakpoint
ALTER TABLE `child` RENAME COLUMN "p_region" TO "zone_ref";--> statement-breakpoint
ALTER TABLE `child` RENAME COLUMN "p_num" TO "seq_ref";--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`zone` text,
	`seq` integer,
	`amount` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`zone`, `seq`)
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`zone_ref` text,
	`seq_ref` integer,
	FOREIGN KEY (`zone_ref`,`seq_ref`) REFERENCES `parent`(`zone`,`seq`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `parent`(`zone`,`seq`,`amount`) SELECT `zone`, `seq`, coalesce(`amount`, 0) FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `child`(`id`,`zone_ref`,`seq_ref`) SELECT `id`, `zone_ref`, `seq_ref` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;