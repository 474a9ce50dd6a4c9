CREATE TABLE `ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`lo` integer,
	`hi` integer,
	`mid` integer,
	`tag` text,
	CONSTRAINT "lo_le_hi" CHECK("lo" <= "hi"),
	CONSTRAINT "mid_between" CHECK("mid" IS NULL OR ("mid" >= "lo" AND "mid" <= "hi")),
	CONSTRAINT "tag_len" CHECK(length("tag") < 10)
);
