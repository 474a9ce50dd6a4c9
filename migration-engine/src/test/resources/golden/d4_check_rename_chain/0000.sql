CREATE TABLE `rng` (
	`id` integer PRIMARY KEY NOT NULL,
	`lo` integer NOT NULL,
	`hi` integer NOT NULL,
	CONSTRAINT "lo_le_hi" CHECK("lo" <= "hi"),
	CONSTRAINT "hi_small" CHECK("hi" < 1000)
);
