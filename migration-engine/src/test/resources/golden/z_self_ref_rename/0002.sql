PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tree` RENAME TO `graph`;--> statement-breakpoint
ALTER TABLE `graph` RENAME COLUMN "parent_id" TO "up_id";--> statement-breakpoint
CREATE TABLE `__old_graph` AS SELECT * FROM `graph`;--> statement-breakpoint
CREATE TABLE `__old_refs` AS SELECT * FROM `refs`;--> statement-breakpoint
DELETE FROM `refs`;--> statement-breakpoint
DROP TABLE `graph`;--> statement-breakpoint
CREATE TABLE `graph` (
	`id` integer PRIMARY KEY NOT NULL,
	`up_id` integer,
	`twin_id` integer,
	`v` blob,
	FOREIGN KEY (`up_id`) REFERENCES `graph`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`twin_id`) REFERENCES `graph`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `graph_up_idx` ON `graph` (`up_id`);--> statement-breakpoint
INSERT INTO `graph`(`id`,`up_id`,`twin_id`,`v`) SELECT `id`, `up_id`, `twin_id`, `v` FROM `__old_graph`;--> statement-breakpoint
INSERT INTO `refs`(`id`,`node_id`) SELECT `id`,`node_id` FROM `__old_refs`;--> statement-breakpoint
DROP TABLE `__old_graph`;--> statement-breakpoint
DROP TABLE `__old_refs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;