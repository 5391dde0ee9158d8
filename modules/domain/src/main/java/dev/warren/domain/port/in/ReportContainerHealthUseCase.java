package dev.warren.domain.port.in;

/** Takes a container's health probe result. */
public interface ReportContainerHealthUseCase {
  /**
   * Records the container's health if it changed (unknown, healthy, unhealthy); a result that
   * confirms the current health writes nothing.
   *
   * @throws dev.warren.domain.error.NotFoundException if the container does not exist
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void report(ReportContainerHealthRequest request);
}
