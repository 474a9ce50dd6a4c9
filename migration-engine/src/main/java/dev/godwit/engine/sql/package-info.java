/** Stage 0, SQL text: the one lexer (SqlLexer) and what is built on it (splitting, recognising statements), and quoting; used by every later stage. */
package dev.godwit.engine.sql;
