CREATE TABLE `ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`lo` integer NOT NULL,
	`step` integer DEFAULT 1 NOT NULL,
	`hi` integer NOT NULL,
	`note` text,
	CONSTRAINT "ranges_lo_step_hi" CHECK("ranges"."lo" + "ranges"."step" <= "ranges"."hi"),
	CONSTRAINT "ranges_step_positive" CHECK("ranges"."step" > 0 and "ranges"."lo" >= 0)
);
