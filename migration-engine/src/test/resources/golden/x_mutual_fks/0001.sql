PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_depts` AS SELECT * FROM `depts`;--> statement-breakpoint
DELETE FROM `people`;--> statement-breakpoint
DROP TABLE `depts`;--> statement-breakpoint
CREATE TABLE `depts` (
	`id` integer PRIMARY KEY NOT NULL,
	`head_id` integer,
	`budget` integer,
	FOREIGN KEY (`head_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `people`(`id`,`dept_id`,`buddy_id`) SELECT `id`,`dept_id`,`buddy_id` FROM `__old_people`;--> statement-breakpoint
INSERT INTO `depts`(`id`,`head_id`,`budget`) SELECT `id`, `head_id`, `budget` FROM `__old_depts`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_depts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;