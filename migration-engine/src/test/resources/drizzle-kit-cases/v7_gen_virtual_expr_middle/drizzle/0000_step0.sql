CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`g` integer GENERATED ALWAYS AS ("a" + 1) VIRTUAL,
	`b` text
);
