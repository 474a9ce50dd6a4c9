PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_folders` AS SELECT * FROM `folders`;--> statement-breakpoint
PRAGMA ignore_check_constraints=ON;--> statement-breakpoint
DROP TABLE `folders`;--> statement-breakpoint
PRAGMA ignore_check_constraints=OFF;--> statement-breakpoint
CREATE TABLE `folders` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`name` text DEFAULT 'untitled' NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `folders`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "only_root_unparented" CHECK("parent_id" is not null or "id" = 1)
);
--> statement-breakpoint
INSERT INTO `folders`(`id`,`parent_id`,`name`) SELECT `id`, `parent_id`, coalesce(`name`, 'untitled') FROM `__old_folders`;--> statement-breakpoint
DROP TABLE `__old_folders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;