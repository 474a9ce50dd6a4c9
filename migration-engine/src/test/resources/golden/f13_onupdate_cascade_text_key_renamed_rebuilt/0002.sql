PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `countries` RENAME TO `nations`;--> statement-breakpoint
ALTER TABLE `cities` RENAME COLUMN "country" TO "nation";--> statement-breakpoint
CREATE TABLE `__new_cities` (
	`id` integer PRIMARY KEY NOT NULL,
	`nation` text NOT NULL,
	FOREIGN KEY (`nation`) REFERENCES `nations`(`iso`) ON UPDATE restrict ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_cities`(`id`,`nation`) SELECT `id`, `nation` FROM `cities`;--> statement-breakpoint
DROP TABLE `cities`;--> statement-breakpoint
ALTER TABLE `__new_cities` RENAME TO `cities`;--> statement-breakpoint
PRAGMA foreign_keys=ON;