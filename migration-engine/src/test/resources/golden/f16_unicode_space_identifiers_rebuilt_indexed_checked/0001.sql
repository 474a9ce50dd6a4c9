PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_Café Orders` AS SELECT * FROM `Café Orders`;--> statement-breakpoint
CREATE TABLE `__old_Lignes de commande` AS SELECT * FROM `Lignes de commande`;--> statement-breakpoint
DELETE FROM `Lignes de commande`;--> statement-breakpoint
DROP TABLE `Café Orders`;--> statement-breakpoint
CREATE TABLE `Café Orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`prix €` real NOT NULL,
	`Größe` text,
	`名前` text,
	`a.b-c` text,
	CONSTRAINT "prix positif" CHECK("prix €" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `Café Orders_名前_unique` ON `Café Orders` (`名前`);--> statement-breakpoint
CREATE INDEX `idx größe` ON `Café Orders` (`Größe`);--> statement-breakpoint
INSERT INTO `Café Orders`(`id`,`prix €`,`Größe`,`名前`,`a.b-c`) SELECT `id`, `prix €`, `Größe`, `名前`, `a.b-c` FROM `__old_Café Orders`;--> statement-breakpoint
INSERT INTO `Lignes de commande`(`id`,`commande id`,`qté`) SELECT `id`,`commande id`,`qté` FROM `__old_Lignes de commande`;--> statement-breakpoint
DROP TABLE `__old_Café Orders`;--> statement-breakpoint
DROP TABLE `__old_Lignes de commande`;--> statement-breakpoint
PRAGMA foreign_keys=ON;