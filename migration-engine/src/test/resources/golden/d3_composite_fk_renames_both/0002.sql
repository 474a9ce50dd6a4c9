PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `parent_ab.uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `parent_ab.uq` ON `[parent]` (`b.2`,`a``2`);--> statement-breakpoint
CREATE TABLE `__new_c]hild` (
	`id` integer PRIMARY KEY NOT NULL,
	`x'2` text,
	`y` integer,
	`w` real,
	FOREIGN KEY (`y`,`x'2`) REFERENCES `[parent]`(`b.2`,`a``2`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_c]hild`(`id`,`x'2`,`y`,`w`) SELECT `id`, `x'2`, `y`, `w` FROM `c]hild`;--> statement-breakpoint
DROP TABLE `c]hild`;--> statement-breakpoint
ALTER TABLE `__new_c]hild` RENAME TO `c]hild`;--> statement-breakpoint
PRAGMA foreign_keys=ON;