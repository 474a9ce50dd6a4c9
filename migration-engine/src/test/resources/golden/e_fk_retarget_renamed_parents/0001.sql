PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `p1` RENAME TO `legacy`;--> statement-breakpoint
ALTER TABLE `p2` RENAME COLUMN "ext" TO "ext_no";--> statement-breakpoint
ALTER TABLE `child` RENAME COLUMN "ref" TO "p2_ext";--> statement-breakpoint
DROP INDEX `p1_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `legacy_slug_unique` ON `legacy` (`slug`);--> statement-breakpoint
CREATE TABLE `__old_p2` AS SELECT * FROM `p2`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `p2`;--> statement-breakpoint
CREATE TABLE `p2` (
	`id` integer PRIMARY KEY NOT NULL,
	`ext_no` numeric
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p2_ext_no_unique` ON `p2` (`ext_no`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`p2_ext` numeric,
	FOREIGN KEY (`p2_ext`) REFERENCES `p2`(`ext_no`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `p2`(`id`,`ext_no`) SELECT `id`, `ext_no` FROM `__old_p2`;--> statement-breakpoint
INSERT INTO `child`(`id`,`p2_ext`) SELECT `id`, `p2_ext` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_p2`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;