ALTER TABLE `order` RENAME TO `my``order`;--> statement-breakpoint
ALTER TABLE `my``order` RENAME COLUMN "q""uote" TO "quote'd";--> statement-breakpoint
ALTER TABLE `line "items"` RENAME COLUMN "where`" TO "wh""ere";--> statement-breakpoint
DROP INDEX `idx"q`;--> statement-breakpoint
DROP INDEX `line "items"_where``_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `idx"q` ON `my``order` (`quote'd`) WHERE "quote'd" > 0;--> statement-breakpoint
CREATE UNIQUE INDEX `line "items"_wh"ere_unique` ON `line "items"` (`wh"ere`);