CREATE TABLE `table` (
	`as` integer PRIMARY KEY NOT NULL,
	`join` integer,
	FOREIGN KEY (`join`) REFERENCES `join`(`values`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_join` (
	`values` integer PRIMARY KEY NOT NULL,
	`where` integer,
	`primary` text DEFAULT 'primary' NOT NULL,
	FOREIGN KEY (`where`) REFERENCES `select`(`order`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_join`("values", "where", "primary") SELECT "values", "where", "primary" FROM `join`;--> statement-breakpoint
DROP TABLE `join`;--> statement-breakpoint
ALTER TABLE `__new_join` RENAME TO `join`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `join_where` ON `join` (`where`);