CREATE TABLE `cats` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent` integer DEFAULT 0,
	`name` text,
	FOREIGN KEY (`parent`) REFERENCES `cats`(`id`) ON UPDATE no action ON DELETE set default
);
