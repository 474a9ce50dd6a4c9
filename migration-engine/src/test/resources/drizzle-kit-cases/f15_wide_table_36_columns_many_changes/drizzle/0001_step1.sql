PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_wide` (
	`id` integer PRIMARY KEY NOT NULL,
	`c01` text,
	`c02` real DEFAULT 0 NOT NULL,
	`c03_price` numeric,
	`c04` blob,
	`c05` integer,
	`c06` text,
	`c07` real DEFAULT 0 NOT NULL,
	`c08` numeric DEFAULT (round(2.5)),
	`c09` blob,
	`c12` real,
	`c13` numeric,
	`c14` blob,
	`c15` integer,
	`c16` text,
	`c17` real,
	`c18` numeric,
	`c19` blob,
	`c20` text,
	`c21` integer,
	`c22` real DEFAULT 2.25 NOT NULL,
	`c23` numeric,
	`c24` blob,
	`c25` integer,
	`c26` text,
	`c27` real,
	`c28` numeric,
	`c29` blob,
	`c30` integer,
	`c31` text,
	`c32` real,
	`c33` numeric,
	`c34` blob,
	`c35` integer,
	`c36` text,
	`n1` text DEFAULT 'it''s' NOT NULL,
	`n2` integer,
	`n3` real DEFAULT -0.5,
	`n4` blob
);
--> statement-breakpoint
INSERT INTO `__new_wide`("id", "c01", "c02", "c03_price", "c04", "c05", "c06", "c07", "c08", "c09", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c20", "c21", "c22", "c23", "c24", "c25", "c26", "c27", "c28", "c29", "c30", "c31", "c32", "c33", "c34", "c35", "c36", "n1", "n2", "n3", "n4") SELECT "id", "c01", "c02", "c03_price", "c04", "c05", "c06", "c07", "c08", "c09", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c20", "c21", "c22", "c23", "c24", "c25", "c26", "c27", "c28", "c29", "c30", "c31", "c32", "c33", "c34", "c35", "c36", "n1", "n2", "n3", "n4" FROM `wide`;--> statement-breakpoint
DROP TABLE `wide`;--> statement-breakpoint
ALTER TABLE `__new_wide` RENAME TO `wide`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `wide_c24_unique` ON `wide` (`c24`);--> statement-breakpoint
CREATE INDEX `wide_c03_idx` ON `wide` (`c03_price`);--> statement-breakpoint
CREATE INDEX `wide_c12_c13_idx` ON `wide` (`c12`,`c13`) WHERE "wide"."c12" is not null;