PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_enrollments` (
	`student` integer NOT NULL,
	`course` integer NOT NULL,
	`term` text NOT NULL,
	PRIMARY KEY(`course`, `student`, `term`)
);
--> statement-breakpoint
INSERT INTO `__new_enrollments`("student", "course", "term") SELECT "student", "course", "term" FROM `enrollments`;--> statement-breakpoint
DROP TABLE `enrollments`;--> statement-breakpoint
ALTER TABLE `__new_enrollments` RENAME TO `enrollments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer NOT NULL,
	`sku` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_items`("id", "sku") SELECT "id", "sku" FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;