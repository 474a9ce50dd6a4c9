CREATE TABLE `select` (
	`order` integer PRIMARY KEY NOT NULL,
	`group` text,
	`limit` integer,
	`default` text DEFAULT 'default',
	CONSTRAINT "check" CHECK("select"."limit" IS NULL OR "select"."limit" < 1000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `index` ON `select` (`group`) WHERE "select"."limit" > 0 AND "select"."default" <> 'null';--> statement-breakpoint
CREATE TABLE `from` (
	`values` integer PRIMARY KEY NOT NULL,
	`on` integer,
	`primary` text,
	FOREIGN KEY (`on`) REFERENCES `select`(`order`) ON UPDATE no action ON DELETE cascade
);
