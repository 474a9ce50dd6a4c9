CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text,
	`age` integer,
	`upper_first` text GENERATED ALWAYS AS (upper("first")) VIRTUAL,
	`age2` integer GENERATED ALWAYS AS ("age" * 2) STORED
);
