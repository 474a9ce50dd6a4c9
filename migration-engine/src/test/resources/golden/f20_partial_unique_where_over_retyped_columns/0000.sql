CREATE TABLE `coupons` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`uses` text,
	`active_from` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coupons_busy_code_uq` ON `coupons` (`code`) WHERE "uses" > 5;--> statement-breakpoint
CREATE UNIQUE INDEX `coupons_early_code_uq` ON `coupons` (`code`) WHERE "active_from" < 100;