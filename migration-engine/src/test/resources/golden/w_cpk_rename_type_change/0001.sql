PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `parent` RENAME COLUMN "num" TO "seq";--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DELETE FROM `child`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`region` text,
	`seq` integer,
	`amount` real,
	PRIMARY KEY(`region`, `seq`)
);
--> statement-breakpoint
INSERT INTO `parent`(`region`,`seq`,`amount`) SELECT `region`, `seq`, `amount` FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `child`(`id`,`p_region`,`p_num`) SELECT `id`,`p_region`,`p_num` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;