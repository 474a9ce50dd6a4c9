PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_skus` AS SELECT * FROM `skus`;--> statement-breakpoint
DROP TABLE `skus`;--> statement-breakpoint
CREATE TABLE `skus` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`norm` text GENERATED ALWAYS AS (upper(trim("code"))) STORED NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skus_norm_uq` ON `skus` (`norm`);--> statement-breakpoint
INSERT INTO `skus`(`id`,`code`) SELECT `id`, `code` FROM `__old_skus`;--> statement-breakpoint
DROP TABLE `__old_skus`;--> statement-breakpoint
PRAGMA foreign_keys=ON;