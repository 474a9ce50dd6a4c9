CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`g1` integer GENERATED ALWAYS AS ("a" + 1) VIRTUAL,
	`g2` integer GENERATED ALWAYS AS ("g1" + 1) VIRTUAL
);
