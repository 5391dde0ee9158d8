package dev.warren.domain.port.in;

/** Deletes a service. */
public interface DeleteServiceUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such service exists
   */
  void delete(DeleteServiceRequest request);
}
