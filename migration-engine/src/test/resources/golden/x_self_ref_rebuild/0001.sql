PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_employees` AS SELECT * FROM `employees`;--> statement-breakpoint
DROP TABLE `employees`;--> statement-breakpoint
CREATE TABLE `employees` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`manager_id` integer,
	`salary` integer,
	FOREIGN KEY (`manager_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `emp_mgr_idx` ON `employees` (`manager_id`);--> statement-breakpoint
INSERT INTO `employees`(`id`,`name`,`manager_id`,`salary`) SELECT `id`, `name`, `manager_id`, `salary` FROM `__old_employees`;--> statement-breakpoint
DROP TABLE `__old_employees`;--> statement-breakpoint
PRAGMA foreign_keys=ON;