PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sales` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer,
	`area` text DEFAULT 'n/a' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_sales`("id", "total", "area") SELECT "id", "total", "area" FROM `sales`;--> statement-breakpoint
DROP TABLE `sales`;--> statement-breakpoint
ALTER TABLE `__new_sales` RENAME TO `sales`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `big_sales`;--> statement-breakpoint
CREATE VIEW `big_sales` AS select id, total as amount, area as region from sales where total > 10;