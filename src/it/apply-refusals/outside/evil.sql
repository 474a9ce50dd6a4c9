CREATE TABLE evil(x);
