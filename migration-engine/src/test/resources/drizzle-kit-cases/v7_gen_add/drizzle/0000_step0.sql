CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text,
	`last` text
);
