/**
 * The leader's control loops: they compare what services ask with what runs, decide with the
 * domain's pure policies (placement, replica reconciliation) and commit their decisions through the
 * replicated log like any other change.
 */
package dev.warren.application.orchestration;
