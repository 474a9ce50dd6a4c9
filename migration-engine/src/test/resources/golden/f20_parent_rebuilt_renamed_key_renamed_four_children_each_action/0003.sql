PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `departments` RENAME COLUMN "id" TO "dept_no";--> statement-breakpoint
CREATE TABLE `__old_departments` AS SELECT * FROM `departments`;--> statement-breakpoint
CREATE TABLE `__old_staff` AS SELECT * FROM `staff`;--> statement-breakpoint
CREATE TABLE `__old_rooms` AS SELECT * FROM `rooms`;--> statement-breakpoint
CREATE TABLE `__old_assets` AS SELECT * FROM `assets`;--> statement-breakpoint
CREATE TABLE `__old_budgets` AS SELECT * FROM `budgets`;--> statement-breakpoint
DELETE FROM `budgets`;--> statement-breakpoint
DELETE FROM `assets`;--> statement-breakpoint
DELETE FROM `rooms`;--> statement-breakpoint
DELETE FROM `staff`;--> statement-breakpoint
DROP TABLE `departments`;--> statement-breakpoint
CREATE TABLE `departments` (
	`dept_no` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL,
	`budget` real
);
--> statement-breakpoint
INSERT INTO `departments`(`dept_no`,`name`,`budget`) SELECT `dept_no`, coalesce(`name`, 'unnamed'), `budget` FROM `__old_departments`;--> statement-breakpoint
INSERT INTO `staff`(`id`,`dept_id`) SELECT `id`,`dept_id` FROM `__old_staff`;--> statement-breakpoint
INSERT INTO `rooms`(`id`,`dept_id`) SELECT `id`,`dept_id` FROM `__old_rooms`;--> statement-breakpoint
INSERT INTO `assets`(`id`,`dept_id`) SELECT `id`,`dept_id` FROM `__old_assets`;--> statement-breakpoint
INSERT INTO `budgets`(`id`,`dept_id`) SELECT `id`,`dept_id` FROM `__old_budgets`;--> statement-breakpoint
DROP TABLE `__old_departments`;--> statement-breakpoint
DROP TABLE `__old_staff`;--> statement-breakpoint
DROP TABLE `__old_rooms`;--> statement-breakpoint
DROP TABLE `__old_assets`;--> statement-breakpoint
DROP TABLE `__old_budgets`;--> statement-breakpoint
PRAGMA foreign_keys=ON;