PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `join` RENAME COLUMN "on" TO "where";--> statement-breakpoint
CREATE TABLE `table` (
	`as` integer PRIMARY KEY NOT NULL,
	`join` integer,
	FOREIGN KEY (`join`) REFERENCES `join`(`values`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `__old_join` AS SELECT * FROM `join`;--> statement-breakpoint
DROP TABLE `join`;--> statement-breakpoint
CREATE TABLE `join` (
	`values` integer PRIMARY KEY NOT NULL,
	`where` integer,
	`primary` text DEFAULT 'primary' NOT NULL,
	FOREIGN KEY (`where`) REFERENCES `select`(`order`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `join_where` ON `join` (`where`);--> statement-breakpoint
INSERT INTO `join`(`values`,`where`,`primary`) SELECT `values`, `where`, coalesce(`primary`, 'primary') FROM `__old_join`;--> statement-breakpoint
DROP TABLE `__old_join`;--> statement-breakpoint
PRAGMA foreign_keys=ON;