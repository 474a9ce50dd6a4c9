CREATE TABLE `Owner` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner` text,
	`Pet` text
);
--> statement-breakpoint
CREATE INDEX `owner_pet_idx` ON `Owner` (`Pet`);--> statement-breakpoint
CREATE TABLE `pet` (
	`id` integer PRIMARY KEY NOT NULL,
	`PET` text,
	`OWNER` integer,
	FOREIGN KEY (`OWNER`) REFERENCES `Owner`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `Pet_Owner` ON `pet` (`OWNER`);