PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_USERS` (
	`user id` integer PRIMARY KEY NOT NULL,
	`Group` text DEFAULT 'none' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_USERS`("user id", "Group") SELECT "user id", "Group" FROM `USERS`;--> statement-breakpoint
DROP TABLE `USERS`;--> statement-breakpoint
ALTER TABLE `__new_USERS` RENAME TO `USERS`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_order-items` (
	`id` integer PRIMARY KEY NOT NULL,
	`User ID` integer,
	`unit-price` real,
	`from` text,
	`WHERE` text DEFAULT 'a "b" c',
	FOREIGN KEY (`User ID`) REFERENCES `USERS`(`user id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "from-not-empty" CHECK(length("__new_order-items"."from") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_order-items`("id", "User ID", "unit-price", "from", "WHERE") SELECT "id", "User ID", "unit-price", "from", "WHERE" FROM `order-items`;--> statement-breakpoint
DROP TABLE `order-items`;--> statement-breakpoint
ALTER TABLE `__new_order-items` RENAME TO `order-items`;--> statement-breakpoint
CREATE INDEX `by group` ON `order-items` (`from`,`WHERE`);