PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_prices` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` numeric,
	`qty` numeric DEFAULT 0 NOT NULL,
	`total` numeric,
	`code` numeric,
	CONSTRAINT "prices_qty_nonneg" CHECK("qty" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_prices`(`id`,`amount`,`qty`,`total`,`code`) SELECT `id`, `amount`, `qty`, `total`, `code` FROM `prices`;--> statement-breakpoint
DROP TABLE `prices`;--> statement-breakpoint
ALTER TABLE `__new_prices` RENAME TO `prices`;--> statement-breakpoint
CREATE UNIQUE INDEX `prices_code_uq` ON `prices` (`code`);--> statement-breakpoint
PRAGMA foreign_keys=ON;