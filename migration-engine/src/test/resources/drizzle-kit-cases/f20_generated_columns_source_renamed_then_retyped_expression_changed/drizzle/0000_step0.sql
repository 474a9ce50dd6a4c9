CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`price_cents` integer NOT NULL,
	`qty` integer DEFAULT 1 NOT NULL,
	`name` text,
	`total` integer GENERATED ALWAYS AS ("price_cents" * "qty") STORED,
	`label` text GENERATED ALWAYS AS (upper("name")) VIRTUAL
);
--> statement-breakpoint
CREATE INDEX `items_total_idx` ON `items` (`total`);