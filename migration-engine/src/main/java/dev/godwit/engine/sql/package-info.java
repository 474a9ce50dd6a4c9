/** Stage 0, SQL text: splitting, quoting and recognising statements; used by every later stage. */
package dev.godwit.engine.sql;
