CREATE TABLE `emp` (
	`id` integer PRIMARY KEY NOT NULL,
	`age` integer,
	`salary` real,
	`grade` text,
	CONSTRAINT "emp_age_ok" CHECK("emp"."age" >= 16),
	CONSTRAINT "emp_grade_ok" CHECK("emp"."grade" in ('a', 'b'))
);
