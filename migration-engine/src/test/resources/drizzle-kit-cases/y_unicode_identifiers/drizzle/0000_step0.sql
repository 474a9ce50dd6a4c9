CREATE TABLE `café` (
	`id` integer PRIMARY KEY NOT NULL,
	`crème.brûlée` text,
	`日本` integer,
	CONSTRAINT "chk é" CHECK("café"."日本" <> 13)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `café_crème.brûlée_unique` ON `café` (`crème.brûlée`);--> statement-breakpoint
CREATE INDEX `idx.日本` ON `café` (`日本`) WHERE "café"."日本" > 0;--> statement-breakpoint
CREATE TABLE `index` (
	`table` integer PRIMARY KEY NOT NULL,
	`references` integer,
	`default` text DEFAULT 'default',
	`check` text,
	`1st` integer,
	FOREIGN KEY (`references`) REFERENCES `café`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `primary` ON `index` (`check`,`1st`);--> statement-breakpoint
CREATE TABLE `very_long_table_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` (
	`coooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooolumn` integer PRIMARY KEY NOT NULL,
	`🦆` text,
	`a.b` integer,
	FOREIGN KEY (`a.b`) REFERENCES `index`(`table`) ON UPDATE no action ON DELETE set null
);
