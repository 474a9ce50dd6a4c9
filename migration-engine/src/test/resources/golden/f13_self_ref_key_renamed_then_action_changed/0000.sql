CREATE TABLE `cat` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`name` text,
	FOREIGN KEY (`parent_id`) REFERENCES `cat`(`id`) ON UPDATE no action ON DELETE cascade
);
