PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_coupons` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`uses` text,
	`active_from` integer
);
--> statement-breakpoint
INSERT INTO `__new_coupons`(`id`,`code`,`uses`,`active_from`) SELECT `id`, `code`, `uses`, `active_from` FROM `coupons`;--> statement-breakpoint
DROP TABLE `coupons`;--> statement-breakpoint
ALTER TABLE `__new_coupons` RENAME TO `coupons`;--> statement-breakpoint
CREATE UNIQUE INDEX `coupons_busy_code_uq` ON `coupons` (`code`) WHERE "uses" > 5;--> statement-breakpoint
CREATE UNIQUE INDEX `coupons_early_code_uq` ON `coupons` (`code`) WHERE "active_from" < 100;--> statement-breakpoint
PRAGMA foreign_keys=ON;