/**
 * The demo application's schema: an agent-evaluation platform (workspaces, agents and their
 * versions, traces, evals, feedback, GEPA prompt optimisation, jobs, rollouts, tasksets, ...),
 * declared with the Godwit builder DSL.
 *
 * <p>Each area of the application has one holder class ({@code AccountTables}, {@code AgentTables},
 * {@code TraceTables}, ...) whose nested {@link dev.godwit.schema.Table} subclasses are the tables,
 * each with its instance in a {@code public static final} field of its own type
 * ({@code AccountTables.Workspaces.WORKSPACES}). Value lists of enum-like text columns live in
 * {@link dev.godwit.demo.schema.Enums}. The plugin finds every table in this package; the
 * committed migrations are in the top-level {@code drizzle/} folder.
 */
package dev.godwit.demo.schema;
