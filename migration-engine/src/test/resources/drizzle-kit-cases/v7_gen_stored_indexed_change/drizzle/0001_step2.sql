PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_skus` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` numeric NOT NULL,
	`norm` text GENERATED ALWAYS AS (upper(trim("code"))) STORED NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_skus`("id", "code", "norm") SELECT "id", "code", "norm" FROM `skus`;--> statement-breakpoint
DROP TABLE `skus`;--> statement-breakpoint
ALTER TABLE `__new_skus` RENAME TO `skus`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `skus_norm_uq` ON `skus` (`norm`);