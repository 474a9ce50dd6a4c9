PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_links` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer NOT NULL,
	`other` integer,
	FOREIGN KEY (`b_id`) REFERENCES `b_ids`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_links`("id", "b_id", "other") SELECT "id", "b_id", "other" FROM `links`;--> statement-breakpoint
DROP TABLE `links`;--> statement-breakpoint
ALTER TABLE `__new_links` RENAME TO `links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;