ALTER TABLE `items` RENAME TO `goods`;--> statement-breakpoint
ALTER TABLE `goods` RENAME COLUMN "price" TO "cost";--> statement-breakpoint
DROP VIEW `expensive`;--> statement-breakpoint
CREATE VIEW `pricey` AS select id, cost from goods where cost > 20;