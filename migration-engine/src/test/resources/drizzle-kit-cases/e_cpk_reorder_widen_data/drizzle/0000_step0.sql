CREATE TABLE `items` (
	`tenant` integer NOT NULL,
	`code` text NOT NULL,
	`label` text,
	PRIMARY KEY(`tenant`, `code`)
);
--> statement-breakpoint
CREATE TABLE `item_tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` integer,
	`code` text,
	`tag` text,
	FOREIGN KEY (`tenant`,`code`) REFERENCES `items`(`tenant`,`code`) ON UPDATE no action ON DELETE cascade
);
