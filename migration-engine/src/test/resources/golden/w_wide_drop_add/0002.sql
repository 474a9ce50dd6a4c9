PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_wide` (
	`id` integer PRIMARY KEY NOT NULL,
	`c01` integer,
	`c03` integer,
	`c06` integer,
	`c08` numeric DEFAULT 3 NOT NULL,
	`c11` integer,
	`c12` real DEFAULT 1.5 NOT NULL,
	`c14` blob,
	`c17` real,
	`c19` blob,
	`n1` text,
	`n2` integer DEFAULT 0 NOT NULL,
	`c05x` text DEFAULT 'new',
	`n5` blob
);
--> statement-breakpoint
INSERT INTO `__new_wide`(`id`,`c01`,`c03`,`c06`,`c08`,`c11`,`c12`,`c14`,`c17`,`c19`,`n1`,`n2`,`c05x`,`n5`) SELECT `id`, `c01`, `c03`, `c06`, `c08`, `c11`, `c12`, `c14`, `c17`, `c19`, `n1`, `n2`, `c05x`, `n5` FROM `wide`;--> statement-breakpoint
DROP TABLE `wide`;--> statement-breakpoint
ALTER TABLE `__new_wide` RENAME TO `wide`;--> statement-breakpoint
CREATE INDEX `w_c03_idx` ON `wide` (`c03`);--> statement-breakpoint
CREATE INDEX `w_n1_idx` ON `wide` (`n1`,`c06`);--> statement-breakpoint
PRAGMA foreign_keys=ON;