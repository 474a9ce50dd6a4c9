PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` real,
	`v` integer
);
--> statement-breakpoint
INSERT INTO `p`(`id`,`rowid`,`v`) SELECT `id`, `rowid`, `v` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `c`(`id`,`rowid`,`p_id`) SELECT `id`,`rowid`,`p_id` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;