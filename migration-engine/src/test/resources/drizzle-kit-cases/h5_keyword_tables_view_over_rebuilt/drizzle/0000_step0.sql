CREATE TABLE `group` (
	`key` integer PRIMARY KEY NOT NULL,
	`values` text
);
--> statement-breakpoint
CREATE TABLE `order` (
	`key` integer PRIMARY KEY NOT NULL,
	`group` integer,
	`select` text DEFAULT 'from',
	`values` numeric,
	FOREIGN KEY (`group`) REFERENCES `group`(`key`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `order_group_idx` ON `order` (`group`,`select`);--> statement-breakpoint
CREATE VIEW `order_view` AS SELECT "key", "group", "select" FROM "order" WHERE "values" IS NOT NULL;