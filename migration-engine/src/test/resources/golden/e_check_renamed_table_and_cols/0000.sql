CREATE TABLE `ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`lo` integer,
	`hi` integer,
	`src` text DEFAULT 'ranges',
	CONSTRAINT "lo_le_hi" CHECK("lo" <= "hi"),
	CONSTRAINT "src_known" CHECK("src" IN ('ranges', 'spans', 'lo', 'hi'))
);
