PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_a_ids` AS SELECT * FROM `a_ids`;--> statement-breakpoint
CREATE TABLE `__old_links` AS SELECT * FROM `links`;--> statement-breakpoint
DELETE FROM `links`;--> statement-breakpoint
DROP TABLE `a_ids`;--> statement-breakpoint
CREATE TABLE `a_ids` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` blob
);
--> statement-breakpoint
INSERT INTO `a_ids`(`id`,`note`) SELECT `id`, `note` FROM `__old_a_ids`;--> statement-breakpoint
INSERT INTO `links`(`id`,`ref`,`other`) SELECT `id`,`ref`,`other` FROM `__old_links`;--> statement-breakpoint
DROP TABLE `__old_a_ids`;--> statement-breakpoint
DROP TABLE `__old_links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;