CREATE TABLE `boxes` (
	`id` integer PRIMARY KEY NOT NULL,
	`w` integer,
	`h` integer,
	`area` integer GENERATED ALWAYS AS ("w" * "h") VIRTUAL
);
