PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_dept` AS SELECT * FROM `dept`;--> statement-breakpoint
CREATE TABLE `__old_staff` AS SELECT * FROM `staff`;--> statement-breakpoint
CREATE TABLE `__old_rooms` AS SELECT * FROM `rooms`;--> statement-breakpoint
DROP TABLE `rooms`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
DROP TABLE `dept`;--> statement-breakpoint
CREATE TABLE `dept` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` text,
	FOREIGN KEY (`dept_id`) REFERENCES `dept`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` text,
	FOREIGN KEY (`dept_id`) REFERENCES `dept`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `dept`(`id`,`name`) SELECT `id`, `name` FROM `__old_dept`;--> statement-breakpoint
INSERT INTO `staff`(`id`,`dept_id`) SELECT `id`, `dept_id` FROM `__old_staff`;--> statement-breakpoint
INSERT INTO `rooms`(`id`,`dept_id`) SELECT `id`, `dept_id` FROM `__old_rooms`;--> statement-breakpoint
DROP TABLE `__old_dept`;--> statement-breakpoint
DROP TABLE `__old_staff`;--> statement-breakpoint
DROP TABLE `__old_rooms`;--> statement-breakpoint
PRAGMA foreign_keys=ON;