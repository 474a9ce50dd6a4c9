CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` integer DEFAULT 0 NOT NULL,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` integer GENERATED ALWAYS AS ("price" * "qty") VIRTUAL,
	`label` text GENERATED ALWAYS AS ('#' || "id") STORED
);
--> statement-breakpoint
CREATE INDEX `items_label_idx` ON `items` (`label`);--> statement-breakpoint
CREATE VIEW `item_totals` AS SELECT id, total, label FROM items;