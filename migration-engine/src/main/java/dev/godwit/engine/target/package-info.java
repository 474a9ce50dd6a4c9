/** Which database a run works on: local file, wrangler's local D1 or remote D1, resolved from raw settings and credentials. */
package dev.godwit.engine.target;
