CREATE TABLE `Café Orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`prix €` real NOT NULL,
	`Größe` text,
	`名前` text,
	`a.b-c` integer,
	CONSTRAINT "prix positif" CHECK("prix €" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `Café Orders_名前_unique` ON `Café Orders` (`名前`);--> statement-breakpoint
CREATE INDEX `idx größe` ON `Café Orders` (`Größe`);--> statement-breakpoint
CREATE TABLE `Lignes de commande` (
	`id` integer PRIMARY KEY NOT NULL,
	`commande id` integer NOT NULL,
	`qté` integer DEFAULT 1,
	FOREIGN KEY (`commande id`) REFERENCES `Café Orders`(`id`) ON UPDATE no action ON DELETE cascade
);
