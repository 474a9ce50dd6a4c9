PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`handle` text,
	`buddy_team` integer,
	`role` text DEFAULT 'member' NOT NULL,
	`two` integer DEFAULT (1 + 1),
	`age` integer,
	`name_upper` text GENERATED ALWAYS AS (upper("name")) VIRTUAL,
	`name_len` integer GENERATED ALWAYS AS (length("name")) STORED,
	`team_id` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`buddy_team`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "members_age_ok" CHECK("age" IS NULL OR "age" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_members`(`id`,`name`) SELECT `id`, `name` FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
CREATE UNIQUE INDEX `members_handle_unique` ON `members` (`handle`);--> statement-breakpoint
PRAGMA foreign_keys=ON;