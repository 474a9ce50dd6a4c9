PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `people` RENAME COLUMN "Email" TO "email";--> statement-breakpoint
ALTER TABLE `people` RENAME COLUMN "Code" TO "code";--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`code` real
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`,`email`,`code`) SELECT `id`, `email`, `code` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
CREATE INDEX `idx` ON `people` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq` ON `people` (`code`,`email`);--> statement-breakpoint
PRAGMA foreign_keys=ON;