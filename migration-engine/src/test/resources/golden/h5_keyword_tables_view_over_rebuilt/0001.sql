PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `order_view`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
CREATE TABLE `order` (
	`key` integer PRIMARY KEY NOT NULL,
	`group` integer,
	`select` text DEFAULT 'from' NOT NULL,
	`values` real,
	`where` text DEFAULT 'and' NOT NULL,
	FOREIGN KEY (`group`) REFERENCES `group`(`key`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "order_check" CHECK("select" <> "where")
);
--> statement-breakpoint
CREATE INDEX `order_group_idx` ON `order` (`group`,`select`);--> statement-breakpoint
INSERT INTO `order`(`key`,`group`,`select`,`values`) SELECT `key`, `group`, coalesce(`select`, 'from'), `values` FROM `__old_order`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
CREATE VIEW `order_view` AS SELECT "key", "group", "select", "where" FROM "order" WHERE "values" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;