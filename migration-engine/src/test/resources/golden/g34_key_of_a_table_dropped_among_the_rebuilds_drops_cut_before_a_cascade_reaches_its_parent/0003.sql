PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_it's` AS SELECT * FROM `it's`;--> statement-breakpoint
CREATE TABLE `__old_t87` AS SELECT * FROM `t87`;--> statement-breakpoint
CREATE TABLE `__old_t33` AS SELECT * FROM `t33`;--> statement-breakpoint
DELETE FROM `t87`;--> statement-breakpoint
DELETE FROM `it's`;--> statement-breakpoint
DROP TABLE `t33`;--> statement-breakpoint
CREATE TABLE `t33` (
	`code` text PRIMARY KEY NOT NULL,
	`select` real DEFAULT 34.5 NOT NULL,
	`c35` text,
	`c37` text,
	`c38` integer,
	`values` text,
	`c42` text GENERATED ALWAYS AS ("c35" || '-' || "values") VIRTUAL,
	`c115` integer,
	FOREIGN KEY (`c38`) REFERENCES `it's`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`values`) REFERENCES `t33`(`c35`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c115`) REFERENCES `t87`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck114" CHECK(length("code") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc36` ON `t33` (`c35`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix41` ON `t33` (`c35`,`c37`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq72` ON `t33` (`code`,`c35`);--> statement-breakpoint
INSERT INTO `it's`(`id`,`c25`,`c26`,`c27`,`key`,`c73`,`values`) SELECT `id`,`c25`,`c26`,`c27`,`key`,`c73`,`values` FROM `__old_it's`;--> statement-breakpoint
INSERT INTO `t87`(`id`,`c88`,`c89`,`c91`,`c93`) SELECT `id`,`c88`,`c89`,`c91`,`c93` FROM `__old_t87`;--> statement-breakpoint
INSERT INTO `t33`(`code`,`select`,`c35`,`c37`,`c38`,`values`) SELECT `code`, `select`, `c35`, `c37`, `c38`, `values` FROM `__old_t33`;--> statement-breakpoint
DROP TABLE `__old_it's`;--> statement-breakpoint
DROP TABLE `__old_t87`;--> statement-breakpoint
DROP TABLE `__old_t33`;--> statement-breakpoint
PRAGMA foreign_keys=ON;