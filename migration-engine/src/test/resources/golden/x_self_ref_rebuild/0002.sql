PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `employees` RENAME TO `staff`;--> statement-breakpoint
CREATE TABLE `__old_staff` AS SELECT * FROM `staff`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'anon' NOT NULL,
	`manager_id` integer,
	`salary` integer,
	`mentor_id` integer,
	FOREIGN KEY (`manager_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `emp_mgr_idx` ON `staff` (`manager_id`);--> statement-breakpoint
INSERT INTO `staff`(`id`,`name`,`manager_id`,`salary`) SELECT `id`, coalesce(`name`, 'anon'), `manager_id`, `salary` FROM `__old_staff`;--> statement-breakpoint
DROP TABLE `__old_staff`;--> statement-breakpoint
PRAGMA foreign_keys=ON;