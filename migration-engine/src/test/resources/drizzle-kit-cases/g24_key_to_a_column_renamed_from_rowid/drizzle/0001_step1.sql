ALTER TABLE `p` RENAME COLUMN "rowid" TO "row_key";--> statement-breakpoint
DROP INDEX `p_rowid_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `p_row_key_unique` ON `p` (`row_key`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_key` text,
	FOREIGN KEY (`p_key`) REFERENCES `p`(`row_key`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_c`("id", "p_key") SELECT "id", "p_key" FROM `c`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
ALTER TABLE `__new_c` RENAME TO `c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;