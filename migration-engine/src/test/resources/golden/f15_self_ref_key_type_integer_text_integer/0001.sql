PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_nodes` AS SELECT * FROM `nodes`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
CREATE TABLE `nodes` (
	`id` text PRIMARY KEY NOT NULL,
	`parent_id` text,
	`label` text,
	FOREIGN KEY (`parent_id`) REFERENCES `nodes`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `nodes` (`parent_id`);--> statement-breakpoint
INSERT INTO `nodes`(`id`,`parent_id`,`label`) SELECT `id`, `parent_id`, `label` FROM `__old_nodes`;--> statement-breakpoint
DROP TABLE `__old_nodes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;