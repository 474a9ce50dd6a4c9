CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text,
	`parent` integer,
	FOREIGN KEY (`parent`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE set null
);
