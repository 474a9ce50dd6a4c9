CREATE TABLE `employees` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`manager_id` integer,
	`salary` text,
	FOREIGN KEY (`manager_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `emp_mgr_idx` ON `employees` (`manager_id`);