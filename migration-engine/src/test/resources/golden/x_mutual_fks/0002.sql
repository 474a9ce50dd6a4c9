PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_depts` AS SELECT * FROM `depts`;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
DELETE FROM `depts`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` integer DEFAULT 1 NOT NULL,
	`buddy_id` integer,
	FOREIGN KEY (`dept_id`) REFERENCES `depts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`buddy_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `depts`(`id`,`head_id`,`budget`) SELECT `id`,`head_id`,`budget` FROM `__old_depts`;--> statement-breakpoint
INSERT INTO `people`(`id`,`dept_id`,`buddy_id`) SELECT `id`, coalesce(`dept_id`, 1), `buddy_id` FROM `__old_people`;--> statement-breakpoint
DROP TABLE `__old_depts`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;