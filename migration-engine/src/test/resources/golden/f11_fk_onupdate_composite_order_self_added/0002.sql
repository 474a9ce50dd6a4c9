PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `nodes_ns_key`;--> statement-breakpoint
CREATE UNIQUE INDEX `nodes_ns_key` ON `nodes` (`key`,`ns`);--> statement-breakpoint
CREATE TABLE `__new_edges` (
	`id` integer PRIMARY KEY NOT NULL,
	`from_ns` text,
	`from_key` text,
	`to_id` integer,
	FOREIGN KEY (`from_key`,`from_ns`) REFERENCES `nodes`(`key`,`ns`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `nodes`(`id`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_edges`(`id`,`from_ns`,`from_key`,`to_id`) SELECT `id`, `from_ns`, `from_key`, `to_id` FROM `edges`;--> statement-breakpoint
DROP TABLE `edges`;--> statement-breakpoint
ALTER TABLE `__new_edges` RENAME TO `edges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;