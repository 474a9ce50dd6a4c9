PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_g` AS SELECT * FROM `g`;--> statement-breakpoint
CREATE TABLE `__old_s` AS SELECT * FROM `s`;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
UPDATE `d` SET `sid` = NULL WHERE `sid` IS NOT NULL;--> statement-breakpoint
UPDATE `d` SET `pid` = coalesce((SELECT max(`code`) FROM `p` WHERE typeof(`code`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DELETE FROM `p`;--> statement-breakpoint
DROP TABLE `s`;--> statement-breakpoint
DROP TABLE `g`;--> statement-breakpoint
CREATE TABLE `g` (
	`id` integer PRIMARY KEY NOT NULL,
	`n` integer,
	CONSTRAINT "ck" CHECK("n" > 0)
);
--> statement-breakpoint
CREATE TABLE `s` (
	`id` integer PRIMARY KEY NOT NULL,
	`did` integer,
	`dpid` text
);
--> statement-breakpoint
INSERT INTO `g`(`id`,`n`) SELECT `id`, `n` FROM `__old_g`;--> statement-breakpoint
INSERT INTO `s`(`id`,`did`,`dpid`) SELECT `id`, `did`, `dpid` FROM `__old_s`;--> statement-breakpoint
INSERT INTO `p`(`code`,`gid`) SELECT `code`,`gid` FROM `__old_p`;--> statement-breakpoint
DROP TABLE `__old_g`;--> statement-breakpoint
DROP TABLE `__old_s`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
PRAGMA foreign_keys=ON;