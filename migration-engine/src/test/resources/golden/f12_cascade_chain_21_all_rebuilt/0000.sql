CREATE TABLE `c00` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `c01` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c02` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c01`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c03` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c02`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c04` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c03`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c05` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c04`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c06` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c05`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c07` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c06`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c08` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c07`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c09` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c08`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c10` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c09`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c11` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c10`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c12` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c11`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c13` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c12`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c14` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c13`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c15` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c14`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c16` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c15`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c17` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c16`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c18` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c17`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c19` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c18`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c20` (
	`id` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`v` text,
	FOREIGN KEY (`up`) REFERENCES `c19`(`id`) ON UPDATE no action ON DELETE cascade
);
