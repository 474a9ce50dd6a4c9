PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `ix49`;--> statement-breakpoint
ALTER TABLE `values` DROP COLUMN `group`;--> statement-breakpoint
CREATE INDEX `ix146` ON `t72` (`c8`);--> statement-breakpoint
CREATE TABLE `__old_t72` AS SELECT * FROM `t72`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DELETE FROM `t1`;--> statement-breakpoint
DELETE FROM `values`;--> statement-breakpoint
DELETE FROM `t72`;--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`code` text PRIMARY KEY NOT NULL,
	`rowid` numeric DEFAULT 24 NOT NULL,
	`c25` text DEFAULT 'it''s d148',
	`c27` real DEFAULT 147.5,
	`from` text,
	`c28` integer,
	`c88` real,
	`c58` text DEFAULT 'it''s d89',
	FOREIGN KEY (`from`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c28`) REFERENCES `t72`(`c4`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix59` ON `we"ird` (`from`,`c27`);--> statement-breakpoint
INSERT INTO `t72`(`code`,`c2`,`c4`,`c6`,`c8`,`c41`,`c43`,`c82`) SELECT `code`,`c2`,`c4`,`c6`,`c8`,`c41`,`c43`,`c82` FROM `__old_t72`;--> statement-breakpoint
INSERT INTO `we"ird`(`code`,`rowid`,`c25`,`c27`,`from`,`c28`,`c88`,`c58`) SELECT `code`, `rowid`, `c25`, `c27`, `from`, `c28`, `c88`, `c58` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `values`(`id`,`c45`,`c47`,`c102`) SELECT `id`,`c45`,`c47`,`c102` FROM `__old_values`;--> statement-breakpoint
INSERT INTO `t1`(`id`,`c74`,`we"ird`,`c77`,`values`,`c87`,`c100`) SELECT `id`,`c74`,`we"ird`,`c77`,`values`,`c87`,`c100` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t72`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;