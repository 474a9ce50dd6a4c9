ALTER TABLE `items` RENAME COLUMN "price_cents" TO "unit_price";--> statement-breakpoint
ALTER TABLE `items` DROP COLUMN `label`;--> statement-breakpoint
ALTER TABLE `items` ADD `label` text GENERATED ALWAYS AS (lower("name")) VIRTUAL;