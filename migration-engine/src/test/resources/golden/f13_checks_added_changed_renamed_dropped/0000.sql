CREATE TABLE `emp` (
	`id` integer PRIMARY KEY NOT NULL,
	`age` integer,
	`salary` real,
	`grade` text,
	CONSTRAINT "emp_age_ok" CHECK("age" >= 16),
	CONSTRAINT "emp_grade_ok" CHECK("grade" in ('a', 'b'))
);
