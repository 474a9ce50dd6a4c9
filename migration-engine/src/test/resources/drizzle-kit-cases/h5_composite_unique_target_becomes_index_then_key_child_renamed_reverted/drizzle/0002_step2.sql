PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_warehouses` (
	`org` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`org`, `code`)
);
--> statement-breakpoint
INSERT INTO `__new_warehouses`("org", "code") SELECT "org", "code" FROM `warehouses`;--> statement-breakpoint
DROP TABLE `warehouses`;--> statement-breakpoint
ALTER TABLE `__new_warehouses` RENAME TO `warehouses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;