CREATE TABLE `wide` (
	`id` integer PRIMARY KEY NOT NULL,
	`c01` integer,
	`c02` real,
	`c03` numeric,
	`c04` blob DEFAULT (x'00') NOT NULL,
	`c05` text,
	`c06` integer,
	`c07` real,
	`c08` numeric DEFAULT 3 NOT NULL,
	`c09` blob,
	`c10` text,
	`c11` integer,
	`c12` real DEFAULT 1.5 NOT NULL,
	`c13` numeric,
	`c14` blob,
	`c15` text,
	`c16` integer DEFAULT 7 NOT NULL,
	`c17` real,
	`c18` numeric,
	`c19` blob
);
--> statement-breakpoint
CREATE INDEX `w_c03_idx` ON `wide` (`c03`);--> statement-breakpoint
CREATE INDEX `w_c04_c06_idx` ON `wide` (`c04`,`c06`);--> statement-breakpoint
CREATE UNIQUE INDEX `w_c10_uq` ON `wide` (`c10`);