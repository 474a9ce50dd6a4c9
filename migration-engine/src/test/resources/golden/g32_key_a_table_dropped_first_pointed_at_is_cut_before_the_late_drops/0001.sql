PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `e`;--> statement-breakpoint
CREATE TABLE `__new_s` (
	`id` integer PRIMARY KEY NOT NULL,
	`lid` integer
);
--> statement-breakpoint
INSERT INTO `__new_s`(`id`,`lid`) SELECT `id`, `lid` FROM `s`;--> statement-breakpoint
DROP TABLE `s`;--> statement-breakpoint
ALTER TABLE `__new_s` RENAME TO `s`;--> statement-breakpoint
UPDATE `l1` SET `k` = coalesce((SELECT max(`code`) FROM `l2` WHERE typeof(`code`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DROP TABLE `l2`;--> statement-breakpoint
DROP TABLE `l1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;