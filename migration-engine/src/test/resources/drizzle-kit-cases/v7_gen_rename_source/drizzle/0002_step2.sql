PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`name_len` integer GENERATED ALWAYS AS (length("title")) VIRTUAL,
	`name_up` text GENERATED ALWAYS AS (upper("title")) STORED
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "title", "name_len", "name_up") SELECT "id", "title", "name_len", "name_up" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;