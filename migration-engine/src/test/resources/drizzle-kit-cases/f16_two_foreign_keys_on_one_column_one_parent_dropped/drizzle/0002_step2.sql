DROP TABLE `a_ids`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_links` (
	`id` integer PRIMARY KEY NOT NULL,
	`ref` integer NOT NULL,
	`other` integer,
	FOREIGN KEY (`ref`) REFERENCES `b_ids`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_links`("id", "ref", "other") SELECT "id", "ref", "other" FROM `links`;--> statement-breakpoint
DROP TABLE `links`;--> statement-breakpoint
ALTER TABLE `__new_links` RENAME TO `links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;