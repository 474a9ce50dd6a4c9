CREATE TABLE `Ärger` (
	`id` integer PRIMARY KEY NOT NULL,
	`Ö` text,
	`ö` text
);
--> statement-breakpoint
CREATE INDEX `Ärger_idx` ON `Ärger` (`Ö`);--> statement-breakpoint
CREATE TABLE `ärger` (
	`id` integer PRIMARY KEY NOT NULL,
	`ärger_id` integer,
	`note` text,
	FOREIGN KEY (`ärger_id`) REFERENCES `Ärger`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ärger_idx` ON `ärger` (`ärger_id`);