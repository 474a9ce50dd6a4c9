PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `Café Orders` RENAME TO `Bestellungen Ü`;--> statement-breakpoint
ALTER TABLE `Bestellungen Ü` RENAME COLUMN "prix €" TO "Preis €";--> statement-breakpoint
ALTER TABLE `Bestellungen Ü` RENAME COLUMN "名前" TO "名 前";--> statement-breakpoint
ALTER TABLE `Lignes de commande` RENAME COLUMN "commande id" TO "Bestellung-ID";--> statement-breakpoint
CREATE TABLE `__old_Bestellungen Ü` AS SELECT * FROM `Bestellungen Ü`;--> statement-breakpoint
CREATE TABLE `__old_Lignes de commande` AS SELECT * FROM `Lignes de commande`;--> statement-breakpoint
DELETE FROM `Lignes de commande`;--> statement-breakpoint
DROP TABLE `Bestellungen Ü`;--> statement-breakpoint
CREATE TABLE `Bestellungen Ü` (
	`id` integer PRIMARY KEY NOT NULL,
	`Preis €` real NOT NULL,
	`Größe` text,
	`名 前` text,
	`a.b-c` text,
	CONSTRAINT "prix positif" CHECK("Preis €" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `Bestellungen Ü_名 前_unique` ON `Bestellungen Ü` (`名 前`);--> statement-breakpoint
CREATE INDEX `idx größe` ON `Bestellungen Ü` (`Größe`);--> statement-breakpoint
INSERT INTO `Bestellungen Ü`(`id`,`Preis €`,`Größe`,`名 前`,`a.b-c`) SELECT `id`, `Preis €`, `Größe`, `名 前`, `a.b-c` FROM `__old_Bestellungen Ü`;--> statement-breakpoint
INSERT INTO `Lignes de commande`(`id`,`Bestellung-ID`,`qté`) SELECT `id`,`Bestellung-ID`,`qté` FROM `__old_Lignes de commande`;--> statement-breakpoint
DROP TABLE `__old_Bestellungen Ü`;--> statement-breakpoint
DROP TABLE `__old_Lignes de commande`;--> statement-breakpoint
PRAGMA foreign_keys=ON;