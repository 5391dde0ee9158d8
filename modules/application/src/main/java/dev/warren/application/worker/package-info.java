/**
 * The worker agent: carries out what the managers assigned to this node through a container runtime
 * and reports back. It talks to the managers only through use-case interfaces, so the embedded
 * worker of a manager calls the handlers in-process and a standalone worker calls the same
 * interfaces over gRPC.
 */
package dev.warren.application.worker;
