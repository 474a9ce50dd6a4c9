PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `kid` RENAME COLUMN "x" TO "kc";--> statement-breakpoint
ALTER TABLE `kid` RENAME COLUMN "y" TO "kd";--> statement-breakpoint
CREATE TABLE `__new_kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`kc` text,
	`kd` text,
	FOREIGN KEY (`kc`,`kd`) REFERENCES `alt`(`c`,`d`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_kid`(`id`,`kc`,`kd`) SELECT `id`, `kc`, `kd` FROM `kid`;--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
ALTER TABLE `__new_kid` RENAME TO `kid`;--> statement-breakpoint
PRAGMA foreign_keys=ON;