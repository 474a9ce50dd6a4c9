/**
 * Use case: one migrations folder over a fleet of Cloudflare D1 databases ({@code -Ddb.d1.databases}):
 * choosing the members (a list, a file, or a name pattern over the account's paged database list,
 * streamed), applying, reading the status of, or checking drift on each with bounded concurrency
 * under one shared rate limiter, canary and fail-fast, a live progress line, and a report file.
 * Each database's own history table is the truth, so a rerun continues where the fleet stands.
 */
package dev.godwit.engine.fleet;
