CREATE TABLE `odd` (
	`id` integer PRIMARY KEY NOT NULL,
	`i` integer DEFAULT -1,
	`r` real DEFAULT -0.25,
	`e` real DEFAULT -1.5e-8,
	`h` blob DEFAULT X'00FF7f',
	`z` blob DEFAULT x'',
	`s` text DEFAULT 'O''Brien said "hi" \ bye',
	`ts` text DEFAULT CURRENT_TIMESTAMP,
	`n` numeric DEFAULT '10.50',
	`p` integer DEFAULT (-(2))
);
