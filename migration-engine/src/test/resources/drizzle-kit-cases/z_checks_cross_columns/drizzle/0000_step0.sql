CREATE TABLE `ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`lo` integer,
	`hi` integer,
	`mid` integer,
	`tag` text,
	CONSTRAINT "lo_le_hi" CHECK("ranges"."lo" <= "ranges"."hi"),
	CONSTRAINT "mid_between" CHECK("ranges"."mid" IS NULL OR ("ranges"."mid" >= "ranges"."lo" AND "ranges"."mid" <= "ranges"."hi")),
	CONSTRAINT "tag_len" CHECK(length("ranges"."tag") < 10)
);
