/** YAML schema descriptors read into the same model as the Java DSL. */
package dev.godwit.engine.yaml;
