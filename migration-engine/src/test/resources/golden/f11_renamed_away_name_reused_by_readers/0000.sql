CREATE TABLE `prices` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` integer,
	`note` text,
	`doubled` integer GENERATED ALWAYS AS ("amount" * 2) VIRTUAL,
	CONSTRAINT "amount_positive" CHECK("amount" is null or "amount" >= 0)
);
--> statement-breakpoint
CREATE INDEX `prices_positive` ON `prices` (`id`) WHERE "amount" > 0;--> statement-breakpoint
CREATE VIEW `amounts` AS select id, amount from prices;