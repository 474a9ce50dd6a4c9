CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text,
	`last` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_name_uq` ON `people` (`first`,`last`);--> statement-breakpoint
CREATE TABLE `emails` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
