ALTER TABLE `orders` RENAME TO `__rename_Orders`;--> statement-breakpoint
ALTER TABLE `__rename_Orders` RENAME TO `Orders`;--> statement-breakpoint
ALTER TABLE `Orders` RENAME COLUMN "Total" TO "total";