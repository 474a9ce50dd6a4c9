/** Stage 3, the SQLite planner: changes to ordered DDL, with table rebuilds that keep rows. */
package dev.godwit.engine.plan;
