PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `open_orders`;--> statement-breakpoint
ALTER TABLE `orders` RENAME TO `__rename_Orders`;--> statement-breakpoint
ALTER TABLE `__rename_Orders` RENAME TO `Orders`;--> statement-breakpoint
ALTER TABLE `Orders` RENAME COLUMN "status" TO "Status";--> statement-breakpoint
CREATE TABLE `__old_Orders` AS SELECT * FROM `Orders`;--> statement-breakpoint
DROP TABLE `Orders`;--> statement-breakpoint
CREATE TABLE `Orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`Status` text DEFAULT 'open' NOT NULL,
	`total` real,
	CONSTRAINT "status_ok" CHECK("Status" in ('open','done'))
);
--> statement-breakpoint
CREATE INDEX `orders_open_idx` ON `Orders` (`total`) WHERE "Status" = 'open';--> statement-breakpoint
INSERT INTO `Orders`(`id`,`Status`,`total`) SELECT `id`, coalesce(`Status`, 'open'), `total` FROM `__old_Orders`;--> statement-breakpoint
DROP TABLE `__old_Orders`;--> statement-breakpoint
CREATE VIEW `open_orders` AS select id, total from Orders where Status = 'open';--> statement-breakpoint
PRAGMA foreign_keys=ON;