CREATE TABLE `t` (
	`a` integer NOT NULL,
	`b` text NOT NULL,
	`c` integer DEFAULT 0 NOT NULL,
	`v` text,
	PRIMARY KEY(`a`, `b`)
);
