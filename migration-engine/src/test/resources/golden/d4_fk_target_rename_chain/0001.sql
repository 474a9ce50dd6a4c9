ALTER TABLE `parent` RENAME COLUMN "code" TO "code_old";--> statement-breakpoint
ALTER TABLE `parent` RENAME COLUMN "alt" TO "code";--> statement-breakpoint
CREATE TABLE `child2` (
	`id` integer PRIMARY KEY NOT NULL,
	`pc` text,
	FOREIGN KEY (`pc`) REFERENCES `parent`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `parent_code_unique`;--> statement-breakpoint
DROP INDEX `parent_alt_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_old_unique` ON `parent` (`code_old`);--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_unique` ON `parent` (`code`);