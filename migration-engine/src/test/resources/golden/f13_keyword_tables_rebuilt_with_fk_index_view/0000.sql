CREATE TABLE `group` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text
);
--> statement-breakpoint
CREATE TABLE `order` (
	`id` integer PRIMARY KEY NOT NULL,
	`group` integer,
	`from` text,
	`to` text,
	FOREIGN KEY (`group`) REFERENCES `group`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `index` ON `order` (`from`,`to`);--> statement-breakpoint
CREATE TABLE `select` (
	`index` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE VIEW `table` AS select o."from", g."key" from "order" o join "group" g on g.id = o."group";