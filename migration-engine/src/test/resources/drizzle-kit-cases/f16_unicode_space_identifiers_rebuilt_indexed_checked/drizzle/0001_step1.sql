PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_Café Orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`prix €` real NOT NULL,
	`Größe` text,
	`名前` text,
	`a.b-c` text,
	CONSTRAINT "prix positif" CHECK("__new_Café Orders"."prix €" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_Café Orders`("id", "prix €", "Größe", "名前", "a.b-c") SELECT "id", "prix €", "Größe", "名前", "a.b-c" FROM `Café Orders`;--> statement-breakpoint
DROP TABLE `Café Orders`;--> statement-breakpoint
ALTER TABLE `__new_Café Orders` RENAME TO `Café Orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `Café Orders_名前_unique` ON `Café Orders` (`名前`);--> statement-breakpoint
CREATE INDEX `idx größe` ON `Café Orders` (`Größe`);