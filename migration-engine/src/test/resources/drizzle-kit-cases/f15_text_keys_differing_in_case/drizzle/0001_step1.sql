ALTER TABLE `codes` RENAME TO `Codes`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_Codes` (
	`code` text PRIMARY KEY NOT NULL,
	`meaning` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_Codes`("code", "meaning") SELECT "code", "meaning" FROM `Codes`;--> statement-breakpoint
DROP TABLE `Codes`;--> statement-breakpoint
ALTER TABLE `__new_Codes` RENAME TO `Codes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_uses` (
	`id` integer PRIMARY KEY NOT NULL,
	`Code` text,
	FOREIGN KEY (`Code`) REFERENCES `Codes`(`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_uses`("id", "Code") SELECT "id", "Code" FROM `uses`;--> statement-breakpoint
DROP TABLE `uses`;--> statement-breakpoint
ALTER TABLE `__new_uses` RENAME TO `uses`;--> statement-breakpoint
CREATE UNIQUE INDEX `uses_code_uq` ON `uses` (`Code`);