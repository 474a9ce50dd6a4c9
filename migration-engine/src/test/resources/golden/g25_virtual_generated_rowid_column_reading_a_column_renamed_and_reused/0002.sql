PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t12` RENAME COLUMN "values" TO "c85";--> statement-breakpoint
CREATE INDEX `ex83` ON `t18` (("c39" || "c37"));--> statement-breakpoint
CREATE UNIQUE INDEX `ix84` ON `t42` (`c45`);--> statement-breakpoint
CREATE TABLE `__old_t32` AS SELECT * FROM `t32`;--> statement-breakpoint
CREATE TABLE `__old_t18` AS SELECT * FROM `t18`;--> statement-breakpoint
CREATE TABLE `__old_t42` AS SELECT * FROM `t42`;--> statement-breakpoint
DELETE FROM `t42`;--> statement-breakpoint
DELETE FROM `t18`;--> statement-breakpoint
DROP TABLE `t32`;--> statement-breakpoint
CREATE TABLE `t32` (
	`c26` integer NOT NULL,
	`c27` text NOT NULL,
	`c19` blob,
	`c21` blob NOT NULL,
	`c23` blob NOT NULL,
	`c25` text,
	PRIMARY KEY(`c26`, `c27`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix28` ON `t32` (`c21`);--> statement-breakpoint
INSERT INTO `t32`(`c26`,`c27`,`c19`,`c21`,`c23`,`c25`) SELECT `c26`, `c27`, `c19`, `c21`, `c23`, `c25` FROM `__old_t32`;--> statement-breakpoint
INSERT INTO `t18`(`c36`,`c37`,`c34`,`c38`,`c39`) SELECT `c36`,`c37`,`c34`,`c38`,`c39` FROM `__old_t18`;--> statement-breakpoint
INSERT INTO `t42`(`Mixed Case`,`c43`,`key`,`c45`) SELECT `Mixed Case`,`c43`,`key`,`c45` FROM `__old_t42`;--> statement-breakpoint
DROP TABLE `__old_t32`;--> statement-breakpoint
DROP TABLE `__old_t18`;--> statement-breakpoint
DROP TABLE `__old_t42`;--> statement-breakpoint
PRAGMA foreign_keys=ON;