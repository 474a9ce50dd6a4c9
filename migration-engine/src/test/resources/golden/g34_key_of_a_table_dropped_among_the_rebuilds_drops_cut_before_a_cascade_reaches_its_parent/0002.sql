PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `t8`;--> statement-breakpoint
CREATE TABLE `t87` (
	`id` integer PRIMARY KEY NOT NULL,
	`c88` numeric,
	`c89` blob,
	`c91` integer,
	`c93` integer NOT NULL,
	FOREIGN KEY (`c91`) REFERENCES `t87`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c93`) REFERENCES `it's`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t33` AS SELECT * FROM `t33`;--> statement-breakpoint
CREATE TABLE `__old_it's` AS SELECT * FROM `it's`;--> statement-breakpoint
DELETE FROM `it's`;--> statement-breakpoint
DELETE FROM `t33`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c2` integer,
	`c3` numeric,
	`c4` integer,
	`c5` integer,
	`c6` text GENERATED ALWAYS AS (lower("c4")) STORED,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`id`) ON UPDATE set null ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex7` ON `t1` (length("c5"));--> statement-breakpoint
INSERT INTO `t1`(`id`,`c2`,`c3`,`c4`,`c5`) SELECT `id`, `c2`, `c3`, `c4`, `c5` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t33`(`code`,`select`,`c35`,`c37`,`c38`,`values`) SELECT `code`,`select`,`c35`,`c37`,`c38`,`values` FROM `__old_t33`;--> statement-breakpoint
INSERT INTO `it's`(`id`,`c25`,`c26`,`c27`,`key`,`c73`,`values`) SELECT `id`,`c25`,`c26`,`c27`,`key`,`c73`,`values` FROM `__old_it's`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t33`;--> statement-breakpoint
DROP TABLE `__old_it's`;--> statement-breakpoint
PRAGMA foreign_keys=ON;