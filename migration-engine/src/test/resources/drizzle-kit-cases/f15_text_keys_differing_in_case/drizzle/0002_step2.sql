ALTER TABLE `Codes` RENAME COLUMN "code" TO "key";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_uses` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	FOREIGN KEY (`code`) REFERENCES `Codes`(`key`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_uses`("id", "code") SELECT "id", "code" FROM `uses`;--> statement-breakpoint
DROP TABLE `uses`;--> statement-breakpoint
ALTER TABLE `__new_uses` RENAME TO `uses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `uses_code_uq` ON `uses` (`code`);