PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_depts` AS SELECT * FROM `depts`;--> statement-breakpoint
CREATE TABLE `__old_staff` AS SELECT * FROM `staff`;--> statement-breakpoint
CREATE TABLE `__old_rooms` AS SELECT * FROM `rooms`;--> statement-breakpoint
CREATE TABLE `__old_assets` AS SELECT * FROM `assets`;--> statement-breakpoint
CREATE TABLE `__old_budgets` AS SELECT * FROM `budgets`;--> statement-breakpoint
DELETE FROM `budgets`;--> statement-breakpoint
DELETE FROM `assets`;--> statement-breakpoint
DELETE FROM `rooms`;--> statement-breakpoint
DELETE FROM `staff`;--> statement-breakpoint
DROP TABLE `depts`;--> statement-breakpoint
CREATE TABLE `depts` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`budget` real
);
--> statement-breakpoint
INSERT INTO `depts`(`id`,`name`,`budget`) SELECT `id`, `name`, `budget` FROM `__old_depts`;--> statement-breakpoint
INSERT INTO `staff`(`id`,`dept_id`) SELECT `id`,`dept_id` FROM `__old_staff`;--> statement-breakpoint
INSERT INTO `rooms`(`id`,`dept_id`) SELECT `id`,`dept_id` FROM `__old_rooms`;--> statement-breakpoint
INSERT INTO `assets`(`id`,`dept_id`) SELECT `id`,`dept_id` FROM `__old_assets`;--> statement-breakpoint
INSERT INTO `budgets`(`id`,`dept_id`) SELECT `id`,`dept_id` FROM `__old_budgets`;--> statement-breakpoint
DROP TABLE `__old_depts`;--> statement-breakpoint
DROP TABLE `__old_staff`;--> statement-breakpoint
DROP TABLE `__old_rooms`;--> statement-breakpoint
DROP TABLE `__old_assets`;--> statement-breakpoint
DROP TABLE `__old_budgets`;--> statement-breakpoint
PRAGMA foreign_keys=ON;