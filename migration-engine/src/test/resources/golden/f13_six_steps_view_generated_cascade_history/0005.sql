DROP TABLE `refunds`;--> statement-breakpoint
ALTER TABLE `lines` RENAME TO `orders`;