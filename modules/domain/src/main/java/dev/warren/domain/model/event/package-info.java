/** Events: the applied changes of the cluster as subscribers see them. */
package dev.warren.domain.model.event;
