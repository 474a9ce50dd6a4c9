-- Custom SQL migration file, put your code below! --
INSERT INTO people (id, name, email) VALUES (1, 'Ann', 'ann@example.com');--> statement-breakpoint
INSERT INTO people (id, name, email) VALUES (2, 'Ann again', 'ann@example.com');--> statement-breakpoint
INSERT INTO people (id, name, email) VALUES (3, 'Cid', 'cid@example.com');