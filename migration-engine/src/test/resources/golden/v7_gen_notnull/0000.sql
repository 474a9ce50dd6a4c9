CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer DEFAULT 1 NOT NULL,
	`dbl` integer GENERATED ALWAYS AS ("a" * 2) STORED NOT NULL
);
