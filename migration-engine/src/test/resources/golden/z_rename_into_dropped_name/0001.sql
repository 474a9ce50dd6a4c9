DROP TABLE `old_children`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `items_v2` RENAME TO `items`;--> statement-breakpoint
CREATE INDEX `items_idx` ON `items` (`label`);