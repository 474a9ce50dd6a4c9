PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t17` AS SELECT * FROM `t17`;--> statement-breakpoint
CREATE TABLE `__old_t7` AS SELECT * FROM `t7`;--> statement-breakpoint
CREATE TABLE `__old_t49` AS SELECT * FROM `t49`;--> statement-breakpoint
UPDATE `t17` SET `c22` = coalesce((SELECT max(`c42`) FROM `t7` WHERE typeof(`c42`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DELETE FROM `t49`;--> statement-breakpoint
DELETE FROM `t7`;--> statement-breakpoint
DELETE FROM `t17`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` integer DEFAULT 3 NOT NULL,
	`rowid` integer,
	`c4` integer,
	`from` integer,
	`c5` integer GENERATED ALWAYS AS ("rowid" IS NULL) STORED,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex6` ON `t1` (substr("c5", 1, 3));--> statement-breakpoint
INSERT INTO `t1`(`id`,`c2`,`rowid`,`c4`,`from`) SELECT `id`, `c2`, `rowid`, `c4`, `from` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t17`(`id`,`it's`,`c19`,`group`,`c20`,`c22`) SELECT `id`,`it's`,`c19`,`group`,`c20`,`c22` FROM `__old_t17`;--> statement-breakpoint
INSERT INTO `t7`(`c42`,`c8`,`c9`,`c10`,`c11`,`c12`,`it's`,`code`,`c45`,`c47`) SELECT `c42`,`c8`,`c9`,`c10`,`c11`,`c12`,`it's`,`code`,`c45`,`c47` FROM `__old_t7`;--> statement-breakpoint
INSERT INTO `t49`(`group`,`c52`,`c50`,`c51`,`c53`,`c54`,`c55`) SELECT `group`,`c52`,`c50`,`c51`,`c53`,`c54`,`c55` FROM `__old_t49`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t17`;--> statement-breakpoint
DROP TABLE `__old_t7`;--> statement-breakpoint
DROP TABLE `__old_t49`;--> statement-breakpoint
PRAGMA foreign_keys=ON;