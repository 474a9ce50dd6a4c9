/** The Cloudflare D1 adapter of the Database port, over D1's HTTP API. */
package dev.godwit.engine.d1;
