PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_g` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	`note` text
);
--> statement-breakpoint
INSERT INTO `__new_g`(`id`,`c_id`,`note`) SELECT `id`, `c_id`, `note` FROM `g`;--> statement-breakpoint
DROP TABLE `g`;--> statement-breakpoint
ALTER TABLE `__new_g` RENAME TO `g`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
PRAGMA foreign_keys=ON;