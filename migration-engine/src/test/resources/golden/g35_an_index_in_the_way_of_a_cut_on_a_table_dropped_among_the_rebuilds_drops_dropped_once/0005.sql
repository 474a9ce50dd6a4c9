PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t116` AS SELECT * FROM `t116`;--> statement-breakpoint
CREATE TABLE `__old_t233` AS SELECT * FROM `t233`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t51` AS SELECT * FROM `t51`;--> statement-breakpoint
DELETE FROM `t233`;--> statement-breakpoint
DROP TABLE `t116`;--> statement-breakpoint
DROP TABLE `t51`;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
CREATE TABLE `t116` (
	`ID` integer PRIMARY KEY NOT NULL,
	`c117` blob,
	`c120` numeric
);
--> statement-breakpoint
CREATE INDEX `ix121` ON `t116` (`ID`,`c117`);--> statement-breakpoint
CREATE INDEX `ex122` ON `t116` ("c117" DESC);--> statement-breakpoint
CREATE TABLE `t20` (
	`c21` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c23` blob NOT NULL,
	`c26` integer,
	`c27` integer,
	`order` real GENERATED ALWAYS AS (typeof("c27")) VIRTUAL,
	`c245` numeric DEFAULT 246,
	`c347` blob,
	FOREIGN KEY (`c26`) REFERENCES `we"ird`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c27`) REFERENCES `we"ird`(`id`) ON UPDATE restrict ON DELETE cascade,
	FOREIGN KEY (`c347`) REFERENCES `t233`(`c236`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t51` (
	`code` text PRIMARY KEY NOT NULL,
	`c52` text DEFAULT 'it''s d348',
	`c54` integer,
	`c55` integer,
	`c349` text,
	FOREIGN KEY (`c349`) REFERENCES `t51`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex57` ON `t51` (lower("c52")) WHERE "c52" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `ix312` ON `t51` (`c52`);--> statement-breakpoint
INSERT INTO `t116`(`ID`,`c117`,`c120`) SELECT `ID`, `c117`, `c120` FROM `__old_t116`;--> statement-breakpoint
INSERT INTO `t233`(`id`,`c234`,`c236`,`c239`,`c240`,`c242`) SELECT `id`,`c234`,`c236`,`c239`,`c240`,`c242` FROM `__old_t233`;--> statement-breakpoint
INSERT INTO `t20`(`c21`,`c23`,`c26`,`c27`,`c245`) SELECT `c21`, `c23`, `c26`, `c27`, `c245` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t51`(`code`,`c52`,`c54`,`c55`) SELECT `code`, `c52`, `c54`, `c55` FROM `__old_t51`;--> statement-breakpoint
DROP TABLE `__old_t116`;--> statement-breakpoint
DROP TABLE `__old_t233`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t51`;--> statement-breakpoint
PRAGMA foreign_keys=ON;