CREATE TABLE `stores` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`tz` text
);
--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`store_id` integer NOT NULL,
	`price_cents` integer NOT NULL,
	`price` real GENERATED ALWAYS AS ("price_cents" / 100.0) STORED,
	`label` text GENERATED ALWAYS AS ('#' || "id") VIRTUAL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `items_price_idx` ON `items` (`price`);--> statement-breakpoint
CREATE VIEW `store_totals` AS select s.name, sum(i.price) as total, count(*) as n from stores s join items i on i.store_id = s.id group by s.id;