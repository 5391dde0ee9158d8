/**
 * Reading YAML the CLI is given ({@code apply -f} manifests, the config file) as composed nodes,
 * never as constructed objects, with errors that name the file, document, line and field.
 */
package dev.warren.cli.yaml;
