PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `c01` RENAME TO `k01`;--> statement-breakpoint
ALTER TABLE `c03` RENAME TO `k03`;--> statement-breakpoint
ALTER TABLE `c05` RENAME TO `k05`;--> statement-breakpoint
ALTER TABLE `c07` RENAME TO `k07`;--> statement-breakpoint
ALTER TABLE `c09` RENAME TO `k09`;--> statement-breakpoint
ALTER TABLE `c11` RENAME TO `k11`;--> statement-breakpoint
ALTER TABLE `c13` RENAME TO `k13`;--> statement-breakpoint
ALTER TABLE `c15` RENAME TO `k15`;--> statement-breakpoint
ALTER TABLE `c17` RENAME TO `k17`;--> statement-breakpoint
ALTER TABLE `c19` RENAME TO `k19`;--> statement-breakpoint
CREATE TABLE `__old_c00` AS SELECT * FROM `c00`;--> statement-breakpoint
CREATE TABLE `__old_k01` AS SELECT * FROM `k01`;--> statement-breakpoint
CREATE TABLE `__old_c02` AS SELECT * FROM `c02`;--> statement-breakpoint
CREATE TABLE `__old_k03` AS SELECT * FROM `k03`;--> statement-breakpoint
CREATE TABLE `__old_c04` AS SELECT * FROM `c04`;--> statement-breakpoint
CREATE TABLE `__old_k05` AS SELECT * FROM `k05`;--> statement-breakpoint
CREATE TABLE `__old_c06` AS SELECT * FROM `c06`;--> statement-breakpoint
CREATE TABLE `__old_k07` AS SELECT * FROM `k07`;--> statement-breakpoint
CREATE TABLE `__old_c08` AS SELECT * FROM `c08`;--> statement-breakpoint
CREATE TABLE `__old_k09` AS SELECT * FROM `k09`;--> statement-breakpoint
CREATE TABLE `__old_c10` AS SELECT * FROM `c10`;--> statement-breakpoint
CREATE TABLE `__old_k11` AS SELECT * FROM `k11`;--> statement-breakpoint
CREATE TABLE `__old_c12` AS SELECT * FROM `c12`;--> statement-breakpoint
CREATE TABLE `__old_k13` AS SELECT * FROM `k13`;--> statement-breakpoint
CREATE TABLE `__old_c14` AS SELECT * FROM `c14`;--> statement-breakpoint
CREATE TABLE `__old_k15` AS SELECT * FROM `k15`;--> statement-breakpoint
CREATE TABLE `__old_c16` AS SELECT * FROM `c16`;--> statement-breakpoint
CREATE TABLE `__old_k17` AS SELECT * FROM `k17`;--> statement-breakpoint
CREATE TABLE `__old_c18` AS SELECT * FROM `c18`;--> statement-breakpoint
CREATE TABLE `__old_k19` AS SELECT * FROM `k19`;--> statement-breakpoint
CREATE TABLE `__old_c20` AS SELECT * FROM `c20`;--> statement-breakpoint
DROP TABLE `c20`;--> statement-breakpoint
DROP TABLE `k19`;--> statement-breakpoint
DROP TABLE `c18`;--> statement-breakpoint
DROP TABLE `k17`;--> statement-breakpoint
DROP TABLE `c16`;--> statement-breakpoint
DROP TABLE `k15`;--> statement-breakpoint
DROP TABLE `c14`;--> statement-breakpoint
DROP TABLE `k13`;--> statement-breakpoint
DROP TABLE `c12`;--> statement-breakpoint
DROP TABLE `k11`;--> statement-breakpoint
DROP TABLE `c10`;--> statement-breakpoint
DROP TABLE `k09`;--> statement-breakpoint
DROP TABLE `c08`;--> statement-breakpoint
DROP TABLE `k07`;--> statement-breakpoint
DROP TABLE `c06`;--> statement-breakpoint
DROP TABLE `k05`;--> statement-breakpoint
DROP TABLE `c04`;--> statement-breakpoint
DROP TABLE `k03`;--> statement-breakpoint
DROP TABLE `c02`;--> statement-breakpoint
DROP TABLE `k01`;--> statement-breakpoint
DROP TABLE `c00`;--> statement-breakpoint
CREATE TABLE `c00` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer,
	`w` text DEFAULT 'w0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `k01` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w1' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c02` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w2' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k01`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k03` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w3' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c02`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c04` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w4' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k03`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k05` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w5' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c04`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c06` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w6' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k05`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k07` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w7' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c06`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c08` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w8' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k07`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k09` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w9' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c08`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c10` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w10' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k09`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k11` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w11' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c10`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c12` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w12' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k11`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k13` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w13' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c12`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c14` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w14' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k13`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k15` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w15' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c14`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c16` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w16' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k15`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k17` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w17' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c16`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c18` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w18' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k17`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `k19` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w19' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `c18`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c20` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` integer,
	`w` text DEFAULT 'w20' NOT NULL,
	FOREIGN KEY (`up`) REFERENCES `k19`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `c00`(`id`,`v`) SELECT `id`, `v` FROM `__old_c00`;--> statement-breakpoint
INSERT INTO `k01`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k01`;--> statement-breakpoint
INSERT INTO `c02`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c02`;--> statement-breakpoint
INSERT INTO `k03`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k03`;--> statement-breakpoint
INSERT INTO `c04`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c04`;--> statement-breakpoint
INSERT INTO `k05`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k05`;--> statement-breakpoint
INSERT INTO `c06`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c06`;--> statement-breakpoint
INSERT INTO `k07`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k07`;--> statement-breakpoint
INSERT INTO `c08`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c08`;--> statement-breakpoint
INSERT INTO `k09`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k09`;--> statement-breakpoint
INSERT INTO `c10`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c10`;--> statement-breakpoint
INSERT INTO `k11`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k11`;--> statement-breakpoint
INSERT INTO `c12`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c12`;--> statement-breakpoint
INSERT INTO `k13`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k13`;--> statement-breakpoint
INSERT INTO `c14`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c14`;--> statement-breakpoint
INSERT INTO `k15`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k15`;--> statement-breakpoint
INSERT INTO `c16`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c16`;--> statement-breakpoint
INSERT INTO `k17`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k17`;--> statement-breakpoint
INSERT INTO `c18`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c18`;--> statement-breakpoint
INSERT INTO `k19`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_k19`;--> statement-breakpoint
INSERT INTO `c20`(`id`,`up`,`v`) SELECT `id`, `up`, `v` FROM `__old_c20`;--> statement-breakpoint
DROP TABLE `__old_c00`;--> statement-breakpoint
DROP TABLE `__old_k01`;--> statement-breakpoint
DROP TABLE `__old_c02`;--> statement-breakpoint
DROP TABLE `__old_k03`;--> statement-breakpoint
DROP TABLE `__old_c04`;--> statement-breakpoint
DROP TABLE `__old_k05`;--> statement-breakpoint
DROP TABLE `__old_c06`;--> statement-breakpoint
DROP TABLE `__old_k07`;--> statement-breakpoint
DROP TABLE `__old_c08`;--> statement-breakpoint
DROP TABLE `__old_k09`;--> statement-breakpoint
DROP TABLE `__old_c10`;--> statement-breakpoint
DROP TABLE `__old_k11`;--> statement-breakpoint
DROP TABLE `__old_c12`;--> statement-breakpoint
DROP TABLE `__old_k13`;--> statement-breakpoint
DROP TABLE `__old_c14`;--> statement-breakpoint
DROP TABLE `__old_k15`;--> statement-breakpoint
DROP TABLE `__old_c16`;--> statement-breakpoint
DROP TABLE `__old_k17`;--> statement-breakpoint
DROP TABLE `__old_c18`;--> statement-breakpoint
DROP TABLE `__old_k19`;--> statement-breakpoint
DROP TABLE `__old_c20`;--> statement-breakpoint
PRAGMA foreign_keys=ON;