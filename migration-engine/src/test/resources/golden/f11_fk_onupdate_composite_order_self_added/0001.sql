PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_nodes` AS SELECT * FROM `nodes`;--> statement-breakpoint
CREATE TABLE `__old_edges` AS SELECT * FROM `edges`;--> statement-breakpoint
DROP TABLE `edges`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`ns` text NOT NULL,
	`key` text NOT NULL,
	`up` integer,
	FOREIGN KEY (`up`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nodes_ns_key` ON `nodes` (`ns`,`key`);--> statement-breakpoint
CREATE TABLE `edges` (
	`id` integer PRIMARY KEY NOT NULL,
	`from_ns` text,
	`from_key` text,
	`to_id` integer,
	FOREIGN KEY (`from_ns`,`from_key`) REFERENCES `nodes`(`ns`,`key`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `nodes`(`id`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `nodes`(`id`,`ns`,`key`,`up`) SELECT `id`, `ns`, `key`, `up` FROM `__old_nodes`;--> statement-breakpoint
INSERT INTO `edges`(`id`,`from_ns`,`from_key`,`to_id`) SELECT `id`, `from_ns`, `from_key`, `to_id` FROM `__old_edges`;--> statement-breakpoint
DROP TABLE `__old_nodes`;--> statement-breakpoint
DROP TABLE `__old_edges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;