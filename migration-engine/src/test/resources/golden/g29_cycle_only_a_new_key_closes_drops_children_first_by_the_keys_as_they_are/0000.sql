CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` integer,
	`we"ird` integer,
	`c4` integer,
	FOREIGN KEY (`we"ird`) REFERENCES `t1`(`id`) ON UPDATE set default ON DELETE set null,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t5` (
	`id` integer PRIMARY KEY NOT NULL,
	`c6` real,
	`c7` numeric DEFAULT 8 NOT NULL,
	`c9` integer,
	`c10` integer,
	FOREIGN KEY (`c9`) REFERENCES `t1`(`id`) ON UPDATE set null ON DELETE cascade,
	FOREIGN KEY (`c10`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix11` ON `t5` (`c6`,`c9`) WHERE "c6" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t12` (
	`code` text PRIMARY KEY NOT NULL,
	`c13` integer DEFAULT true NOT NULL,
	`c15` blob,
	`c16` text DEFAULT 'it''s d17',
	`c18` integer,
	`c21` text GENERATED ALWAYS AS (lower("c18")) VIRTUAL,
	FOREIGN KEY (`c18`) REFERENCES `t5`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix20` ON `t12` (`code`);--> statement-breakpoint
CREATE VIEW `v23` AS SELECT "we""ird" AS "a22" FROM "t1";