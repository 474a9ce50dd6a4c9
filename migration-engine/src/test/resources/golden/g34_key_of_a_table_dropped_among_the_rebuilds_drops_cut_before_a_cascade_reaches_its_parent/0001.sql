PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
CREATE UNIQUE INDEX `uq72` ON `t33` (`code`,`c35`);--> statement-breakpoint
CREATE TABLE `__old_t33` AS SELECT * FROM `t33`;--> statement-breakpoint
CREATE TABLE `__old_it's` AS SELECT * FROM `it's`;--> statement-breakpoint
DELETE FROM `t33`;--> statement-breakpoint
DROP TABLE `it's`;--> statement-breakpoint
CREATE TABLE `it's` (
	`id` integer PRIMARY KEY NOT NULL,
	`c25` text,
	`c26` integer,
	`c27` numeric DEFAULT 28,
	`key` integer,
	`c73` text,
	`values` text,
	FOREIGN KEY (`key`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c73`,`values`) REFERENCES `t33`(`code`,`c35`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `t33`(`code`,`select`,`c35`,`c37`,`c38`,`values`) SELECT `code`,`select`,`c35`,`c37`,`c38`,`values` FROM `__old_t33`;--> statement-breakpoint
INSERT INTO `it's`(`id`,`c25`,`c26`,`c27`,`key`) SELECT `id`, `c25`, `c26`, `c27`, `key` FROM `__old_it's`;--> statement-breakpoint
DROP TABLE `__old_t33`;--> statement-breakpoint
DROP TABLE `__old_it's`;--> statement-breakpoint
PRAGMA foreign_keys=ON;