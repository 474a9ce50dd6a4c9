PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_nodes` AS SELECT * FROM `nodes`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
CREATE TABLE `nodes` (
	`node_id` integer PRIMARY KEY NOT NULL,
	`id` integer,
	`label` text DEFAULT 'x' NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `nodes`(`node_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `nodes`(`node_id`,`id`,`label`) SELECT `node_id`, `id`, coalesce(`label`, 'x') FROM `__old_nodes`;--> statement-breakpoint
DROP TABLE `__old_nodes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;