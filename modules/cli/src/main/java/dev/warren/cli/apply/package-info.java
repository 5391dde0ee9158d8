/**
 * {@code warren apply -f FILE}: multi-document YAML manifests of services, secrets, volumes and
 * ingresses, read and checked completely, planned against the manager, then applied. One {@link
 * dev.warren.cli.apply.ResourceKind} per kind.
 */
package dev.warren.cli.apply;
