PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `x` RENAME TO `ex`;--> statement-breakpoint
CREATE TABLE `__new_z` (
	`id` integer PRIMARY KEY NOT NULL,
	`x_id` integer,
	`w` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`x_id`) REFERENCES `ex`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_z`(`id`,`x_id`,`w`) SELECT `id`, `x_id`, `w` FROM `z`;--> statement-breakpoint
DROP TABLE `z`;--> statement-breakpoint
ALTER TABLE `__new_z` RENAME TO `z`;--> statement-breakpoint
PRAGMA foreign_keys=ON;