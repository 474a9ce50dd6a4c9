PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ch'ild` (
	`id` integer PRIMARY KEY NOT NULL,
	`p"ref` integer,
	`s p a c e` text DEFAULT '-' NOT NULL,
	`q`ty` integer,
	`dou]ble` integer GENERATED ALWAYS AS ("q`ty" * 2) VIRTUAL,
	FOREIGN KEY (`p"ref`) REFERENCES `p]arent`(`i"d`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "chk's" CHECK("__new_ch'ild"."q`ty" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_ch'ild`("id", "p"ref", "s p a c e", "q`ty", "dou]ble") SELECT "id", "p"ref", "s p a c e", "q`ty", "dou]ble" FROM `ch'ild`;--> statement-breakpoint
DROP TABLE `ch'ild`;--> statement-breakpoint
ALTER TABLE `__new_ch'ild` RENAME TO `ch'ild`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `ix "lower"` ON `ch'ild` (`lower("s p a c e")`) WHERE "ch'ild"."q`ty" > 0;--> statement-breakpoint
DROP VIEW `v "odd"`;--> statement-breakpoint
CREATE VIEW `v "odd"` AS select c."s p a c e", c."dou]ble", p."na`me" from "ch'ild" c join "p]arent" p on p."i""d" = c."p""ref";