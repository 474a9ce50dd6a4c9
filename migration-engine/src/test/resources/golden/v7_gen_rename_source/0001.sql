PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "name" TO "title";--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text,
	`name_len` integer GENERATED ALWAYS AS (length("title")) VIRTUAL,
	`name_up` text GENERATED ALWAYS AS (upper("title")) STORED
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`title`) SELECT `id`, `title` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;