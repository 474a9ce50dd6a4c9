PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `p_code_unique`;--> statement-breakpoint
ALTER TABLE `p` DROP COLUMN `code`;--> statement-breakpoint
CREATE TABLE `__new_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`ref` integer,
	FOREIGN KEY (`ref`) REFERENCES `p`(`alt`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_child`(`id`,`ref`) SELECT `id`, `ref` FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
ALTER TABLE `__new_child` RENAME TO `child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;