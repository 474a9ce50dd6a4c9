ALTER TABLE `people` RENAME TO `persons`;--> statement-breakpoint
CREATE TABLE `phones` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`number` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `nicknames` (
	`nick` text PRIMARY KEY NOT NULL,
	`f` text,
	`l` text,
	FOREIGN KEY (`f`,`l`) REFERENCES `persons`(`first`,`last`) ON UPDATE cascade ON DELETE set null
);
