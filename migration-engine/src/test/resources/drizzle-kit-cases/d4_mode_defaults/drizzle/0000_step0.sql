CREATE TABLE `m` (
	`id` integer PRIMARY KEY NOT NULL,
	`flag` integer DEFAULT false,
	`ts` integer DEFAULT 0,
	`js` text DEFAULT '{"a":1}',
	`big` blob DEFAULT 5,
	`num` numeric DEFAULT '1.50',
	`tsm` integer
);
