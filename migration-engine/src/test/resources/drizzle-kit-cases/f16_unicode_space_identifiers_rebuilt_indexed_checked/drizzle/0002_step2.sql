ALTER TABLE `Café Orders` RENAME TO `Bestellungen Ü`;--> statement-breakpoint
ALTER TABLE `Bestellungen Ü` RENAME COLUMN "prix €" TO "Preis €";--> statement-breakpoint
ALTER TABLE `Bestellungen Ü` RENAME COLUMN "名前" TO "名 前";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_Bestellungen Ü` (
	`id` integer PRIMARY KEY NOT NULL,
	`Preis €` real NOT NULL,
	`Größe` text,
	`名 前` text,
	`a.b-c` text,
	CONSTRAINT "prix positif" CHECK("__new_Bestellungen Ü"."Preis €" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_Bestellungen Ü`("id", "Preis €", "Größe", "名 前", "a.b-c") SELECT "id", "Preis €", "Größe", "名 前", "a.b-c" FROM `Bestellungen Ü`;--> statement-breakpoint
DROP TABLE `Bestellungen Ü`;--> statement-breakpoint
ALTER TABLE `__new_Bestellungen Ü` RENAME TO `Bestellungen Ü`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `Bestellungen Ü_名 前_unique` ON `Bestellungen Ü` (`名 前`);--> statement-breakpoint
CREATE INDEX `idx größe` ON `Bestellungen Ü` (`Größe`);--> statement-breakpoint
CREATE TABLE `__new_Lignes de commande` (
	`id` integer PRIMARY KEY NOT NULL,
	`Bestellung-ID` integer NOT NULL,
	`qté` integer DEFAULT 1,
	FOREIGN KEY (`Bestellung-ID`) REFERENCES `Bestellungen Ü`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_Lignes de commande`("id", "Bestellung-ID", "qté") SELECT "id", "Bestellung-ID", "qté" FROM `Lignes de commande`;--> statement-breakpoint
DROP TABLE `Lignes de commande`;--> statement-breakpoint
ALTER TABLE `__new_Lignes de commande` RENAME TO `Lignes de commande`;