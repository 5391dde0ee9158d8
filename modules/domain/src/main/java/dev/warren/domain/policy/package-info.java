/**
 * Pure decisions: given what the cluster wants and what is observed, what to do. No clocks, no
 * ports called, no state kept, so every decision is a function a test can pin.
 */
package dev.warren.domain.policy;
