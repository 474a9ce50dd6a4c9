PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v "odd"`;--> statement-breakpoint
ALTER TABLE `ch'ild` RENAME COLUMN "sp ace" TO "s p a c e";--> statement-breakpoint
CREATE TABLE `__old_ch'ild` AS SELECT * FROM `ch'ild`;--> statement-breakpoint
DROP TABLE `ch'ild`;--> statement-breakpoint
CREATE TABLE `ch'ild` (
	`id` integer PRIMARY KEY NOT NULL,
	`p"ref` integer,
	`s p a c e` text DEFAULT '-' NOT NULL,
	`q``ty` integer,
	`dou]ble` integer GENERATED ALWAYS AS ("q`ty" * 2) VIRTUAL,
	FOREIGN KEY (`p"ref`) REFERENCES `p]arent`(`i"d`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "chk's" CHECK("q`ty" >= 0)
);
--> statement-breakpoint
CREATE INDEX `ix "lower"` ON `ch'ild` (lower("s p a c e")) WHERE "q`ty" > 0;--> statement-breakpoint
INSERT INTO `ch'ild`(`id`,`p"ref`,`s p a c e`,`q``ty`) SELECT `id`, `p"ref`, coalesce(`s p a c e`, '-'), `q``ty` FROM `__old_ch'ild`;--> statement-breakpoint
DROP TABLE `__old_ch'ild`;--> statement-breakpoint
CREATE VIEW `v "odd"` AS select c."s p a c e", c."dou]ble", p."na`me" from "ch'ild" c join "p]arent" p on p."i""d" = c."p""ref";--> statement-breakpoint
PRAGMA foreign_keys=ON;