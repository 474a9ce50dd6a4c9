CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`old_col` text
);
--> statement-breakpoint
CREATE INDEX `items_idx` ON `items` (`old_col`);--> statement-breakpoint
CREATE TABLE `old_children` (
	`id` integer PRIMARY KEY NOT NULL,
	`item_id` integer,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `items_v2` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`item_id` integer,
	FOREIGN KEY (`item_id`) REFERENCES `items_v2`(`id`) ON UPDATE no action ON DELETE cascade
);
