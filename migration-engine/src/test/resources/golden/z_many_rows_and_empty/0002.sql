PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `big_name_unique` ON `big` (`name`);--> statement-breakpoint
CREATE TABLE `__new_kids` (
	`id` integer PRIMARY KEY NOT NULL,
	`big_id` integer,
	`ep_id` integer,
	FOREIGN KEY (`big_id`) REFERENCES `big`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`ep_id`) REFERENCES `empty_parent`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_kids`(`id`,`big_id`,`ep_id`) SELECT `id`, `big_id`, `ep_id` FROM `kids`;--> statement-breakpoint
DROP TABLE `kids`;--> statement-breakpoint
ALTER TABLE `__new_kids` RENAME TO `kids`;--> statement-breakpoint
PRAGMA foreign_keys=ON;