CREATE TABLE `group` (
	`group` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `order` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` integer NOT NULL,
	`group` integer,
	FOREIGN KEY (`group`) REFERENCES `group`(`group`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "order_order_positive" CHECK("order" > 0)
);
--> statement-breakpoint
CREATE INDEX `order_order_idx` ON `order` (`order`);