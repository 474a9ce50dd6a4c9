ALTER TABLE `items` RENAME COLUMN "data" TO "doc";--> statement-breakpoint
ALTER TABLE `items` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
DROP INDEX `items_kind_idx`;--> statement-breakpoint
DROP INDEX `items_active_sku_idx`;--> statement-breakpoint
DROP INDEX `items_email_nocase_idx`;--> statement-breakpoint
DROP INDEX `items_email_lower_uq`;--> statement-breakpoint
CREATE INDEX `items_kind_idx` ON `items` (`json_extract("doc"`,` '$.kind')`);--> statement-breakpoint
CREATE INDEX `items_active_sku_idx` ON `items` (`sku`) WHERE json_extract("items"."doc", '$.active') = 1;--> statement-breakpoint
CREATE INDEX `items_email_nocase_idx` ON `items` ("mail" COLLATE NOCASE);--> statement-breakpoint
CREATE UNIQUE INDEX `items_email_lower_uq` ON `items` (lower("mail"));