PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_profiles` (
	`id` integer PRIMARY KEY NOT NULL,
	`nickname` text DEFAULT 'anon',
	`age` integer,
	`bio` text DEFAULT NULL,
	`site` text DEFAULT NULL
);
--> statement-breakpoint
INSERT INTO `__new_profiles`("id", "nickname", "age", "bio", "site") SELECT "id", "nickname", "age", "bio", "site" FROM `profiles`;--> statement-breakpoint
DROP TABLE `profiles`;--> statement-breakpoint
ALTER TABLE `__new_profiles` RENAME TO `profiles`;--> statement-breakpoint
PRAGMA foreign_keys=ON;