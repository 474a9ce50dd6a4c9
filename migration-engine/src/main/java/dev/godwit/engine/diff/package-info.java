/** Stage 2, the schema diff: typed changes between two schemas, and the rename questions. */
package dev.godwit.engine.diff;
