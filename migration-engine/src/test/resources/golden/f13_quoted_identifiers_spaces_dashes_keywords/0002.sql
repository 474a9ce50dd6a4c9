PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `USERS` RENAME COLUMN "User ID" TO "user id";--> statement-breakpoint
CREATE TABLE `__old_USERS` AS SELECT * FROM `USERS`;--> statement-breakpoint
CREATE TABLE `__old_order-items` AS SELECT * FROM `order-items`;--> statement-breakpoint
DROP TABLE `order-items`;--> statement-breakpoint
DROP TABLE `USERS`;--> statement-breakpoint
CREATE TABLE `USERS` (
	`user id` integer PRIMARY KEY NOT NULL,
	`Group` text DEFAULT 'none' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `order-items` (
	`id` integer PRIMARY KEY NOT NULL,
	`User ID` integer,
	`unit-price` real,
	`from` text,
	`WHERE` text DEFAULT 'a "b" c',
	FOREIGN KEY (`User ID`) REFERENCES `USERS`(`user id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "from-not-empty" CHECK(length("from") > 0)
);
--> statement-breakpoint
CREATE INDEX `by group` ON `order-items` (`from`,`WHERE`);--> statement-breakpoint
INSERT INTO `USERS`(`user id`,`Group`) SELECT `user id`, coalesce(`Group`, 'none') FROM `__old_USERS`;--> statement-breakpoint
INSERT INTO `order-items`(`id`,`User ID`,`unit-price`,`from`,`WHERE`) SELECT `id`, `User ID`, `unit-price`, `from`, `WHERE` FROM `__old_order-items`;--> statement-breakpoint
DROP TABLE `__old_USERS`;--> statement-breakpoint
DROP TABLE `__old_order-items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;