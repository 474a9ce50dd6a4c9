PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `legacy` RENAME TO `p1`;--> statement-breakpoint
DROP INDEX `legacy_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `p1_slug_unique` ON `p1` (`slug`);--> statement-breakpoint
CREATE TABLE `__new_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug_ref` text,
	FOREIGN KEY (`slug_ref`) REFERENCES `p1`(`slug`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_child`(`id`) SELECT `id` FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
ALTER TABLE `__new_child` RENAME TO `child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;