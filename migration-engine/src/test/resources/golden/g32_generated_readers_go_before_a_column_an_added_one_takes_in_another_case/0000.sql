CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`c3` integer,
	`c4` text,
	`g1` integer GENERATED ALWAYS AS ("c3" + 1) STORED,
	`g2` integer GENERATED ALWAYS AS ("g1" * 2) VIRTUAL
);
