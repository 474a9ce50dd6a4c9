CREATE TABLE `node` (
	`t` text NOT NULL,
	`n` integer NOT NULL,
	`pt` text DEFAULT 'root',
	`pn` integer DEFAULT 0,
	PRIMARY KEY(`t`, `n`),
	FOREIGN KEY (`pt`,`pn`) REFERENCES `node`(`t`,`n`) ON UPDATE no action ON DELETE set default
);
