ALTER TABLE `p` RENAME TO `parent`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_parent`("id", "name") SELECT "id", "name" FROM `parent`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
ALTER TABLE `__new_parent` RENAME TO `parent`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer DEFAULT 1,
	`q_id` integer DEFAULT 1,
	FOREIGN KEY (`p_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`q_id`) REFERENCES `parent`(`id`) ON UPDATE set default ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_c`("id", "p_id", "q_id") SELECT "id", "p_id", "q_id" FROM `c`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
ALTER TABLE `__new_c` RENAME TO `c`;