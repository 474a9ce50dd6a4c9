PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `g`;--> statement-breakpoint
CREATE TABLE `__old_r` AS SELECT * FROM `r`;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_w` AS SELECT * FROM `w`;--> statement-breakpoint
UPDATE `w` SET `k` = coalesce((SELECT max(`code`) FROM `p` WHERE typeof(`code`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DELETE FROM `p`;--> statement-breakpoint
DROP TABLE `r`;--> statement-breakpoint
DROP TABLE `w`;--> statement-breakpoint
CREATE TABLE `r` (
	`id` integer PRIMARY KEY NOT NULL,
	`n` text
);
--> statement-breakpoint
CREATE TABLE `w` (
	`k` text PRIMARY KEY NOT NULL,
	`n` text,
	FOREIGN KEY (`k`) REFERENCES `p`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `r`(`id`,`n`) SELECT `id`, `n` FROM `__old_r`;--> statement-breakpoint
INSERT INTO `p`(`code`,`rid`) SELECT `code`,`rid` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `w`(`k`,`n`) SELECT `k`, `n` FROM `__old_w`;--> statement-breakpoint
DROP TABLE `__old_r`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_w`;--> statement-breakpoint
PRAGMA foreign_keys=ON;