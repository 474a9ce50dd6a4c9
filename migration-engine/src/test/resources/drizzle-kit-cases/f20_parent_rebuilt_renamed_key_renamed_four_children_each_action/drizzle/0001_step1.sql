PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_depts` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`budget` real
);
--> statement-breakpoint
INSERT INTO `__new_depts`("id", "name", "budget") SELECT "id", "name", "budget" FROM `depts`;--> statement-breakpoint
DROP TABLE `depts`;--> statement-breakpoint
ALTER TABLE `__new_depts` RENAME TO `depts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;