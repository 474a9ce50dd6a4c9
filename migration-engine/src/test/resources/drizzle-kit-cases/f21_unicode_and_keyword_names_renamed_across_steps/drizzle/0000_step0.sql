CREATE TABLE `group` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` integer NOT NULL,
	`from` text,
	`größe` real,
	`naïve name` text,
	CONSTRAINT "group größe ck" CHECK("group"."größe" >= 0)
);
--> statement-breakpoint
CREATE INDEX `group_order_idx` ON `group` (`order`,`from`);--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`group_id` integer,
	`where` text,
	FOREIGN KEY (`group_id`) REFERENCES `group`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `view "all"` AS SELECT g."order", g."from", s."where" FROM "group" g JOIN "select" s ON s.group_id = g.id;