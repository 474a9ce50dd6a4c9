ALTER TABLE `root` RENAME TO `roots`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_a` (
	`id` integer PRIMARY KEY NOT NULL,
	`root_id` integer,
	`v` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`root_id`) REFERENCES `roots`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_a`("id", "root_id", "v") SELECT "id", "root_id", "v" FROM `a`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
ALTER TABLE `__new_a` RENAME TO `a`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `__new_root`;--> statement-breakpoint
DROP VIEW `__old_root`;--> statement-breakpoint
CREATE VIEW `__new_root` AS select id, name from roots;--> statement-breakpoint
CREATE VIEW `__old_root` AS select count(*) as n from roots;