DROP VIEW `order_view`;--> statement-breakpoint
ALTER TABLE `group` RENAME TO `values`;--> statement-breakpoint
ALTER TABLE `order` RENAME COLUMN "key" TO "index";--> statement-breakpoint
CREATE VIEW `order_view` AS SELECT "index", "group", "select", "where" FROM "order" WHERE "values" IS NOT NULL;