PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`tenant` integer NOT NULL,
	`code` text NOT NULL,
	`label` text,
	PRIMARY KEY(`tenant`, `code`)
);
--> statement-breakpoint
INSERT INTO `__new_items`("tenant", "code", "label") SELECT "tenant", "code", "label" FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;