PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_staff` AS SELECT * FROM `staff`;--> statement-breakpoint
CREATE TABLE `__old_managers` AS SELECT * FROM `managers`;--> statement-breakpoint
PRAGMA ignore_check_constraints=ON;--> statement-breakpoint
DROP TABLE `managers`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
PRAGMA ignore_check_constraints=OFF;--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`manager_id` integer,
	`name` text DEFAULT '-' NOT NULL,
	FOREIGN KEY (`manager_id`) REFERENCES `managers`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "managed" CHECK("manager_id" is not null or "id" = 0)
);
--> statement-breakpoint
CREATE TABLE `managers` (
	`id` integer PRIMARY KEY NOT NULL,
	`deputy_id` integer DEFAULT 0,
	`name` text DEFAULT '-' NOT NULL,
	FOREIGN KEY (`deputy_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "has_deputy" CHECK("deputy_id" <> 0 or "id" = 0)
);
--> statement-breakpoint
INSERT INTO `staff`(`id`,`manager_id`,`name`) SELECT `id`, `manager_id`, `name` FROM `__old_staff`;--> statement-breakpoint
INSERT INTO `managers`(`id`,`deputy_id`,`name`) SELECT `id`, `deputy_id`, `name` FROM `__old_managers`;--> statement-breakpoint
DROP TABLE `__old_staff`;--> statement-breakpoint
DROP TABLE `__old_managers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;