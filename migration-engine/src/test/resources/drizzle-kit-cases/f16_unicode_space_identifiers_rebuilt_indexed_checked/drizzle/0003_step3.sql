DROP INDEX `idx größe`;--> statement-breakpoint
CREATE INDEX `idx preis rund` ON `Bestellungen Ü` (round("Preis €"),lower("a.b-c"));--> statement-breakpoint
CREATE INDEX `idx größe` ON `Bestellungen Ü` (`Größe`) WHERE "Bestellungen Ü"."Größe" IS NOT NULL;