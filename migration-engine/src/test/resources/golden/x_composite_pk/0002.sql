PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_enrollments` AS SELECT * FROM `enrollments`;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
DROP TABLE `enrollments`;--> statement-breakpoint
CREATE TABLE `enrollments` (
	`student` integer NOT NULL,
	`course` integer NOT NULL,
	`term` text NOT NULL,
	PRIMARY KEY(`course`, `student`, `term`)
);
--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer NOT NULL,
	`sku` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `enrollments`(`student`,`course`,`term`) SELECT `student`, `course`, `term` FROM `__old_enrollments`;--> statement-breakpoint
INSERT INTO `items`(`id`,`sku`) SELECT `id`, `sku` FROM `__old_items`;--> statement-breakpoint
DROP TABLE `__old_enrollments`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;