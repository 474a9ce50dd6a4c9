ALTER TABLE `Order Items` RENAME TO `order-items`;--> statement-breakpoint
ALTER TABLE `order-items` RENAME COLUMN "select" TO "from";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_order-items` (
	`id` integer PRIMARY KEY NOT NULL,
	`User ID` integer,
	`unit-price` real,
	`from` text,
	`WHERE` text DEFAULT 'a "b" c',
	FOREIGN KEY (`User ID`) REFERENCES `USERS`(`User ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_order-items`("id", "User ID", "unit-price", "from", "WHERE") SELECT "id", "User ID", "unit-price", "from", "WHERE" FROM `order-items`;--> statement-breakpoint
DROP TABLE `order-items`;--> statement-breakpoint
ALTER TABLE `__new_order-items` RENAME TO `order-items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `by group` ON `order-items` (`from`,`WHERE`);