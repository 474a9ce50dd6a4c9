PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`display` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true
);
--> statement-breakpoint
INSERT INTO `__new_accounts`("id", "display", "active") SELECT "id", "display", "active" FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `active_users`;--> statement-breakpoint
DROP VIEW `users`;--> statement-breakpoint
CREATE VIEW `active_users` AS select id, display as name from accounts where active = 1;--> statement-breakpoint
CREATE VIEW `users` AS select id, display as name, active from accounts;