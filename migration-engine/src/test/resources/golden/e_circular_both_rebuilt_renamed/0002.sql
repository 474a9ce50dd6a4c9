PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `departments` RENAME TO `units`;--> statement-breakpoint
ALTER TABLE `employees` RENAME TO `staff`;--> statement-breakpoint
ALTER TABLE `units` RENAME COLUMN "id" TO "unit_id";--> statement-breakpoint
ALTER TABLE `staff` RENAME COLUMN "dept_id" TO "unit_id";--> statement-breakpoint
CREATE TABLE `__old_staff` AS SELECT * FROM `staff`;--> statement-breakpoint
CREATE TABLE `__old_units` AS SELECT * FROM `units`;--> statement-breakpoint
DROP TABLE `units`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_id` integer,
	`boss_id` integer,
	`salary` real,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`unit_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`boss_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `units` (
	`unit_id` integer PRIMARY KEY NOT NULL,
	`title` text DEFAULT '?' NOT NULL,
	`head_id` integer,
	FOREIGN KEY (`head_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `staff`(`id`,`unit_id`,`boss_id`,`salary`) SELECT `id`, `unit_id`, `boss_id`, `salary` FROM `__old_staff`;--> statement-breakpoint
INSERT INTO `units`(`unit_id`,`title`,`head_id`) SELECT `unit_id`, coalesce(`title`, '?'), `head_id` FROM `__old_units`;--> statement-breakpoint
DROP TABLE `__old_staff`;--> statement-breakpoint
DROP TABLE `__old_units`;--> statement-breakpoint
PRAGMA foreign_keys=ON;