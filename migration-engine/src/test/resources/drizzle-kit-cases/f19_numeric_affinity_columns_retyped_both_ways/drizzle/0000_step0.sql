CREATE TABLE `prices` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` numeric,
	`qty` numeric DEFAULT 0 NOT NULL,
	`total` numeric,
	`code` numeric,
	CONSTRAINT "prices_qty_nonneg" CHECK("prices"."qty" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prices_code_uq` ON `prices` (`code`);