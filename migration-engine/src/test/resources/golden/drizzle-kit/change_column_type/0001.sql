PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_measurements` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` integer NOT NULL,
	`amount` real,
	`ratio` text,
	`quantity` numeric
);
--> statement-breakpoint
INSERT INTO `__new_measurements`(`id`,`code`,`amount`,`ratio`,`quantity`) SELECT `id`, `code`, `amount`, `ratio`, `quantity` FROM `measurements`;--> statement-breakpoint
DROP TABLE `measurements`;--> statement-breakpoint
ALTER TABLE `__new_measurements` RENAME TO `measurements`;--> statement-breakpoint
CREATE INDEX `measurements_code_idx` ON `measurements` (`code`);--> statement-breakpoint
PRAGMA foreign_keys=ON;