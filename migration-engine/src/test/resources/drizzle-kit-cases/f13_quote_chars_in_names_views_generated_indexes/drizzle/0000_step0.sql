CREATE TABLE `p]arent` (
	`i"d` integer PRIMARY KEY NOT NULL,
	`na`me` text
);
--> statement-breakpoint
CREATE TABLE `ch'ild` (
	`id` integer PRIMARY KEY NOT NULL,
	`p"ref` integer,
	`sp ace` text,
	`q`ty` integer,
	`dou]ble` integer GENERATED ALWAYS AS ("q`ty" * 2) VIRTUAL,
	FOREIGN KEY (`p"ref`) REFERENCES `p]arent`(`i"d`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "chk's" CHECK("ch'ild"."q`ty" >= 0)
);
--> statement-breakpoint
CREATE INDEX `ix "lower"` ON `ch'ild` (lower("sp ace")) WHERE "ch'ild"."q`ty" > 0;--> statement-breakpoint
CREATE VIEW `v "odd"` AS select c."sp ace", c."dou]ble", p."na`me" from "ch'ild" c join "p]arent" p on p."i""d" = c."p""ref";