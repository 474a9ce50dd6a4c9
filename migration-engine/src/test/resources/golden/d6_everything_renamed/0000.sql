CREATE TABLE `folder` (
	`org` integer NOT NULL,
	`fid` integer NOT NULL,
	`parent` integer,
	`name` text NOT NULL,
	`size` integer DEFAULT 0,
	PRIMARY KEY(`org`, `fid`),
	FOREIGN KEY (`org`,`parent`) REFERENCES `folder`(`org`,`fid`) ON UPDATE cascade ON DELETE cascade,
	CONSTRAINT "folder_size_ck" CHECK("size" >= 0 AND "fid" <> "parent")
);
--> statement-breakpoint
CREATE INDEX `folder_big_idx` ON `folder` (`size`) WHERE "size" > 100 AND "name" <> 'tmp';--> statement-breakpoint
CREATE UNIQUE INDEX `folder_org_name_uq` ON `folder` (`org`,`parent`,`name`);--> statement-breakpoint
CREATE TABLE `file` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` integer,
	`folder` integer,
	`name` text,
	FOREIGN KEY (`org`,`folder`) REFERENCES `folder`(`org`,`fid`) ON UPDATE cascade ON DELETE cascade
);
