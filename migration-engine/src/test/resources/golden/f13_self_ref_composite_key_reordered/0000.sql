CREATE TABLE `node` (
	`org` integer NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	PRIMARY KEY(`org`, `code`),
	FOREIGN KEY (`org`,`parent_code`) REFERENCES `node`(`org`,`code`) ON UPDATE no action ON DELETE cascade
);
