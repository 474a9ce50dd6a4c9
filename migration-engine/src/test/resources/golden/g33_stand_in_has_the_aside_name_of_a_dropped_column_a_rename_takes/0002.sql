PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v44`;--> statement-breakpoint
DROP TABLE `group`;--> statement-breakpoint
ALTER TABLE `t37` ADD `c108` blob;--> statement-breakpoint
CREATE UNIQUE INDEX `uc110` ON `t1` (`c2`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc111` ON `t1` (`c3`);--> statement-breakpoint
CREATE INDEX `ex88` ON `t37` (substr("c38", 1, 3)) WHERE "c38" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_t27` AS SELECT * FROM `t27`;--> statement-breakpoint
CREATE TABLE `__old_t37` AS SELECT * FROM `t37`;--> statement-breakpoint
DELETE FROM `t37`;--> statement-breakpoint
DROP TABLE `t27`;--> statement-breakpoint
CREATE TABLE `t27` (
	`id` integer PRIMARY KEY NOT NULL,
	`c29` blob,
	`c31` text DEFAULT '' NOT NULL,
	`c33` blob,
	`c34` integer,
	`c35` integer,
	FOREIGN KEY (`c34`) REFERENCES `t17`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c35`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t27_c29_unique` ON `t27` (`c29`);--> statement-breakpoint
INSERT INTO `t27`(`id`,`c29`,`c31`,`c33`,`c34`,`c35`) SELECT `id`, `c29`, `c31`, `c33`, `c34`, `c35` FROM `__old_t27`;--> statement-breakpoint
INSERT INTO `t37`(`code`,`c38`,`c40`,`values`,`c90`,`c108`) SELECT `code`,`c38`,`c40`,`values`,`c90`,`c108` FROM `__old_t37`;--> statement-breakpoint
DROP TABLE `__old_t27`;--> statement-breakpoint
DROP TABLE `__old_t37`;--> statement-breakpoint
CREATE VIEW `V44` AS SELECT "c18" AS "a43" FROM "t17";--> statement-breakpoint
PRAGMA foreign_keys=ON;