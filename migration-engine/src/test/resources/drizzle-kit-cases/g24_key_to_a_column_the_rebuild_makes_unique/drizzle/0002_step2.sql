PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_badges` (
	`id` integer PRIMARY KEY NOT NULL,
	`group_code` text DEFAULT 'a' NOT NULL,
	FOREIGN KEY (`group_code`) REFERENCES `groups`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_badges`("id", "group_code") SELECT "id", "group_code" FROM `badges`;--> statement-breakpoint
DROP TABLE `badges`;--> statement-breakpoint
ALTER TABLE `__new_badges` RENAME TO `badges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;