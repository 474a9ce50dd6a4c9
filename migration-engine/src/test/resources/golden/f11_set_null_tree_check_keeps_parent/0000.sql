CREATE TABLE `folders` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`name` text,
	FOREIGN KEY (`parent_id`) REFERENCES `folders`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "only_root_unparented" CHECK("parent_id" is not null or "id" = 1)
);
