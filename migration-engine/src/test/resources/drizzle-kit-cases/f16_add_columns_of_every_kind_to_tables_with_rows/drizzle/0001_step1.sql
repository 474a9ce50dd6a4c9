PRAGMA foreign_keys=OFF;--> statement-breakpoint
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
	CONSTRAINT "members_age_ok" CHECK("__new_members"."age" IS NULL OR "__new_members"."age" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "name", "handle", "buddy_team", "role", "two", "age", "name_upper", "name_len", "team_id") SELECT "id", "name", "handle", "buddy_team", "role", "two", "age", "name_upper", "name_len", "team_id" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `members_handle_unique` ON `members` (`handle`);