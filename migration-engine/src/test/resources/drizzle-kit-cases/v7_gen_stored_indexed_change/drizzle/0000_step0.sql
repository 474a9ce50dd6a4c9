CREATE TABLE `skus` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`norm` text GENERATED ALWAYS AS (upper("code")) STORED NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skus_norm_uq` ON `skus` (`norm`);--> statement-breakpoint
CREATE VIEW `sku_codes` AS select id, norm from skus;