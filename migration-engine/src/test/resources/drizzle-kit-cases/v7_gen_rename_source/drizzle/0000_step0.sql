CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`name_len` integer GENERATED ALWAYS AS (length("name")) VIRTUAL,
	`name_up` text GENERATED ALWAYS AS (upper("name")) STORED
);
