ALTER TABLE `stock` RENAME COLUMN "qty" TO "qty_before_recount";--> statement-breakpoint
DROP INDEX `stock_qty_lower`;--> statement-breakpoint
ALTER TABLE `stock` ADD `qty` integer;--> statement-breakpoint
ALTER TABLE `stock` DROP COLUMN `twice`;--> statement-breakpoint
ALTER TABLE `stock` ADD `twice` integer GENERATED ALWAYS AS ("qty" * 2) VIRTUAL;--> statement-breakpoint
CREATE INDEX `stock_qty_lower` ON `stock` (abs("qty"));