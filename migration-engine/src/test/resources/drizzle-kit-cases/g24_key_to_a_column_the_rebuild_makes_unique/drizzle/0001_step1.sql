CREATE TABLE `badges` (
	`id` integer PRIMARY KEY NOT NULL,
	`group_code` text,
	FOREIGN KEY (`group_code`) REFERENCES `groups`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`code` text,
	`note` text,
	FOREIGN KEY (`parent_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_groups`("id", "parent_id", "code", "note") SELECT "id", "parent_id", "code", "note" FROM `groups`;--> statement-breakpoint
DROP TABLE `groups`;--> statement-breakpoint
ALTER TABLE `__new_groups` RENAME TO `groups`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `groups_code_unique` ON `groups` (`code`);--> statement-breakpoint
ALTER TABLE `members` ADD `group_code` text REFERENCES groups(code);