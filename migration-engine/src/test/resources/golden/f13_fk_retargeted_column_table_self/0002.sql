PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`ref` text,
	FOREIGN KEY (`ref`) REFERENCES `other`(`code`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_child`(`id`,`ref`) SELECT `id`, `ref` FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
ALTER TABLE `__new_child` RENAME TO `child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;