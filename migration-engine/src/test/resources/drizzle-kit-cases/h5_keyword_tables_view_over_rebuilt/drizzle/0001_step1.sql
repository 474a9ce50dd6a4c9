PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_order` (
	`key` integer PRIMARY KEY NOT NULL,
	`group` integer,
	`select` text DEFAULT 'from' NOT NULL,
	`values` real,
	`where` text DEFAULT 'and' NOT NULL,
	FOREIGN KEY (`group`) REFERENCES `group`(`key`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "order_check" CHECK("__new_order"."select" <> "__new_order"."where")
);
--> statement-breakpoint
INSERT INTO `__new_order`("key", "group", "select", "values", "where") SELECT "key", "group", "select", "values", "where" FROM `order`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
ALTER TABLE `__new_order` RENAME TO `order`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `order_group_idx` ON `order` (`group`,`select`);--> statement-breakpoint
DROP VIEW `order_view`;--> statement-breakpoint
CREATE VIEW `order_view` AS SELECT "key", "group", "select", "where" FROM "order" WHERE "values" IS NOT NULL;